// /explore: the slogan co-occurrence network drawn with Cytoscape.js and the fcose layout.
// Data: /export/cooccurrence.cyjs (the network), GraphQL (filters, details, neighbourhoods).
'use strict';

(() => {
  const { gql, showSlogan, showSpeech, showNode, showError } = window.tifaPanels;
  // cytoscape-fcose and cytoscape-svg register themselves with the global `cytoscape` when loaded.

  const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif';
  const COLOURS = { NUMBERED: '#c0392b', CATCHPHRASE: '#2874a6', SPEECH: '#7f8c8d', MEETING: '#27ae60', SECTION: '#b7950b', TERM: '#8e44ad', PERSON: '#d35400', DOCUMENT: '#16a085', CONCEPT: '#e67e22' };
  const cy = cytoscape({
    container: document.getElementById('cy'),
    minZoom: 0.1,
    maxZoom: 4,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(name)',
          'font-family': FONT,
          'font-size': 12,
          'text-valign': 'bottom',
          'text-margin-y': 3,
          'text-max-width': 140,
          'text-wrap': 'ellipsis',
          width: 'data(size)',
          height: 'data(size)',
          'background-color': (n) => COLOURS[n.data('kind')] || COLOURS[n.data('type')] || '#95a5a6',
        },
      },
      { selector: 'node[type = "SPEECH"]', style: { shape: 'round-rectangle' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': '#b0b7c3', opacity: 0.75, 'curve-style': 'bezier' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f1c40f' } },
      { selector: '.filtered-out', style: { display: 'none' } },
    ],
  });

  const controls = document.getElementById('controls');
  const status = document.getElementById('status');
  const setStatus = (text) => {
    status.textContent = text;
  };

  // Node size: speeches using the slogan (or the speeches matching the filters); edge width: the measure, scaled 1–8 px.
  function scale() {
    const nodes = cy.nodes();
    const max = Math.max(1, ...nodes.map((n) => n.data('count') ?? n.data('speeches') ?? 1));
    nodes.forEach((n) => n.data('size', 14 + 40 * Math.sqrt((n.data('count') ?? n.data('speeches') ?? 1) / max)));
    const weights = cy.edges().map((e) => Number(e.data('weight')) || 0);
    const lo = Math.min(...weights);
    const hi = Math.max(...weights);
    cy.edges().forEach((e) => e.data('width', hi > lo ? 1 + (7 * ((Number(e.data('weight')) || 0) - lo)) / (hi - lo) : 2));
  }

  function layout(randomize) {
    const visible = cy.elements().not('.filtered-out');
    return visible.layout({ name: 'fcose', animate: false, randomize, quality: 'default', nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 30 }).run();
  }

  // A speech matches when its level is the chosen one and its date (as written, YYYY[-MM[-DD]]) lies in [from, to].
  function dateMatches(date, from, to) {
    if (!from && !to) return true;
    if (!date) return false;
    return (!from || date.slice(0, from.length) >= from) && (!to || date.slice(0, to.length) <= to);
  }

  const SPEECHES = `query Speeches($after: String, $level: AdminLevel) {
    speeches(first: 100, after: $after, filter: { level: $level }) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id date slogans { slogan { name } } } }
    }
  }`;
  const MAX_PAGES = 50;

  // Counts, per slogan, the speeches that pass the level and date filters; null when no filter is set.
  async function filteredCounts(level, from, to) {
    if (!level && !from && !to) return null;
    const counts = new Map();
    let after = null;
    let matched = 0;
    for (let page = 0; page < MAX_PAGES; page++) {
      const { speeches } = await gql(SPEECHES, { after, level: level || null });
      for (const { node } of speeches.edges) {
        if (!dateMatches(node.date, from, to)) continue;
        matched++;
        for (const s of node.slogans) counts.set(s.slogan.name, (counts.get(s.slogan.name) || 0) + 1);
      }
      if (!speeches.pageInfo.hasNextPage) break;
      after = speeches.pageInfo.endCursor;
    }
    return { counts, matched };
  }

  async function draw() {
    const form = new FormData(controls);
    const params = new URLSearchParams({ scope: form.get('scope'), measure: form.get('measure'), minSupport: form.get('minSupport'), limit: form.get('limit') });
    const from = String(form.get('from') || '').trim();
    const to = String(form.get('to') || '').trim();
    document.body.dataset.state = 'loading';
    setStatus('loading the network…');
    try {
      const response = await fetch(`/export/cooccurrence.cyjs?${params}`);
      const body = await response.json();
      if (!response.ok) throw new Error(body.errors ? body.errors[0].message : response.statusText);
      const filter = await filteredCounts(form.get('level'), from, to);
      cy.elements().remove();
      cy.add(body.elements);
      cy.nodes().forEach((n) => n.data('type', 'SLOGAN'));
      if (filter) {
        cy.nodes().forEach((n) => {
          const count = filter.counts.get(n.data('name')) || 0;
          n.data('count', count);
          if (count === 0) n.addClass('filtered-out');
        });
        cy.edges().forEach((e) => {
          if (e.source().hasClass('filtered-out') || e.target().hasClass('filtered-out')) e.addClass('filtered-out');
        });
      }
      scale();
      layout(true);
      cy.fit(cy.elements().not('.filtered-out'), 30);
      const names = document.getElementById('slogan-names');
      names.replaceChildren(...cy.nodes().map((n) => Object.assign(document.createElement('option'), { value: n.data('name') })));
      const shown = cy.nodes().not('.filtered-out').length;
      const pairs = cy.edges().not('.filtered-out').length;
      setStatus(`${shown} slogans, ${pairs} pairs (${form.get('scope')}, ${form.get('measure')}, support ≥ ${form.get('minSupport')})` + (filter ? `; ${filter.matched} speeches match the filters` : ''));
      document.body.dataset.state = 'ready';
    } catch (error) {
      setStatus('');
      showError(error);
      document.body.dataset.state = 'error';
    }
  }

  const GRAPH = `query Graph($seed: ID!) {
    graph(seed: $seed, depth: 1, limit: 60) { nodes { id label type properties } edges { id source target type weight } }
  }`;

  // Double-click: the node's neighbourhood from the `graph` query, added around it.
  async function expand(node) {
    setStatus(`expanding ${node.data('name')}…`);
    try {
      const { graph } = await gql(GRAPH, { seed: node.id() });
      const center = node.position();
      const added = cy.add([
        ...graph.nodes.filter((n) => cy.getElementById(n.id).empty()).map((n) => ({
          group: 'nodes',
          data: { id: n.id, name: n.label, type: n.type, kind: n.properties.kind, speeches: n.properties.speechCount, properties: n.properties },
          position: { x: center.x + (Math.random() - 0.5) * 200, y: center.y + (Math.random() - 0.5) * 200 },
        })),
        ...graph.edges.filter((e) => cy.getElementById(e.id).empty()).map((e) => ({ group: 'edges', data: { ...e } })),
      ]);
      scale();
      layout(false);
      setStatus(`${node.data('name')}: ${added.nodes().length} nodes and ${added.edges().length} edges added`);
    } catch (error) {
      showError(error);
    }
  }

  function open(node) {
    const type = node.data('type');
    if (type === 'SLOGAN') showSlogan(node.data('name'));
    else if (type === 'SPEECH') showSpeech(node.id().slice('speech:'.length));
    else showNode(node.data());
  }

  cy.on('tap', 'node', (event) => open(event.target));
  cy.on('dbltap', 'node', (event) => expand(event.target));
  controls.addEventListener('submit', (event) => {
    event.preventDefault();
    draw();
  });

  document.getElementById('search').addEventListener('submit', (event) => {
    event.preventDefault();
    const q = new FormData(event.target).get('q').trim();
    if (!q) return;
    const hit = cy.nodes().filter((n) => n.data('name') === q);
    const node = hit.nonempty() ? hit : cy.nodes().filter((n) => String(n.data('name')).includes(q));
    if (node.nonempty()) {
      cy.nodes().unselect();
      node.first().select();
      cy.animate({ center: { eles: node.first() }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 300 });
      open(node.first());
    } else {
      showSlogan(q); // not in the drawn network: the slogan may still exist (or a variant name)
    }
  });

  function download(blob, name) {
    const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }
  document.getElementById('png').addEventListener('click', () => download(cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }), 'tifa-graph.png'));
  document.getElementById('svg').addEventListener('click', () =>
    download(new Blob([cy.svg({ full: true, bg: '#ffffff' })], { type: 'image/svg+xml' }), 'tifa-graph.svg'),
  );

  window.tifaExplore = { cy, draw };
  draw();
})();
