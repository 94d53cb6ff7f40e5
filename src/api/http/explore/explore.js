// /explore: the slogan co-occurrence network drawn with Cytoscape.js and the fcose layout.
// Data: /export/cooccurrence.cyjs (the network), GraphQL (filters, details, neighbourhoods).
'use strict';

(() => {
  const { gql, showSlogan, showSpeech, showNode, showError } = window.tifaPanels;
  // cytoscape-fcose and cytoscape-svg register themselves with the global `cytoscape` when loaded.

  const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif';
  // Slogans by kind, other nodes by type; the legend names the ones drawn.
  const COLOURS = { NUMBERED: '#c0392b', CATCHPHRASE: '#2874a6', CODED: '#1b4f72', SPEECH: '#7f8c8d', MEETING: '#27ae60', SECTION: '#b7950b', TERM: '#8e44ad', PERSON: '#d35400', DOCUMENT: '#16a085', CONCEPT: '#e67e22', OTHER: '#95a5a6' };
  const LABELS = { NUMBERED: 'numbered slogan (四个意识)', CATCHPHRASE: 'catchphrase (放管服)', CODED: 'digit-coded slogan', SPEECH: 'speech', MEETING: 'meeting', SECTION: 'section', TERM: 'term', PERSON: 'person', DOCUMENT: 'document', CONCEPT: 'concept', OTHER: 'other' };
  const legendKey = (n) => (COLOURS[n.data('kind')] ? n.data('kind') : COLOURS[n.data('type')] ? n.data('type') : 'OTHER');
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
          'background-color': (n) => COLOURS[legendKey(n)],
        },
      },
      { selector: 'node[type = "SPEECH"]', style: { shape: 'round-rectangle' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': '#b0b7c3', opacity: 0.75, 'curve-style': 'bezier' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f1c40f' } },
    ],
  });

  const controls = document.getElementById('controls');
  const status = document.getElementById('status');
  const setStatus = (text) => {
    status.textContent = text;
  };

  // Node size: speeches using the slogan (of those the filters keep); edge width: the measure, scaled 1–8 px.
  function scale() {
    const nodes = cy.nodes();
    const max = Math.max(1, ...nodes.map((n) => n.data('speeches') ?? 1));
    nodes.forEach((n) => n.data('size', 14 + 40 * Math.sqrt((n.data('speeches') ?? 1) / max)));
    const weights = cy.edges().map((e) => Number(e.data('weight')) || 0);
    const lo = Math.min(...weights);
    const hi = Math.max(...weights);
    cy.edges().forEach((e) => e.data('width', hi > lo ? 1 + (7 * ((Number(e.data('weight')) || 0) - lo)) / (hi - lo) : 2));
  }

  // The legend: the colour of each kind of node on screen, and what size and width mean.
  function showLegend() {
    const keys = new Set(cy.nodes().map(legendKey));
    const items = Object.keys(COLOURS)
      .filter((k) => keys.has(k))
      .map((k) => {
        const swatch = Object.assign(document.createElement('span'), { className: 'swatch' });
        swatch.style.backgroundColor = COLOURS[k];
        const li = Object.assign(document.createElement('li'), { title: k });
        li.dataset.key = k;
        li.append(swatch, LABELS[k]);
        return li;
      });
    const list = document.createElement('ul');
    list.append(...items);
    const note = Object.assign(document.createElement('p'), { textContent: `size: speeches · width: ${new FormData(controls).get('measure')}` });
    document.getElementById('legend').replaceChildren(list, note);
  }

  function layout(randomize) {
    return cy.elements().layout({ name: 'fcose', animate: false, randomize, quality: 'default', nodeRepulsion: () => 9000, idealEdgeLength: () => 90, padding: 30 }).run();
  }

  // The filters go to the server, which counts and scores the network over the speeches they keep
  // (node size: those speeches using the slogan); the same filter counts the speeches here.
  const FILTERS = ['level', 'place', 'dateFrom', 'dateTo'];
  const MATCHING = `query Matching($filter: SpeechFilter) { speeches(first: 0, filter: $filter) { totalCount } }`;
  const PLACES = `query Places($after: String) { places(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { code name level } } } }`;
  const MAX_PLACE_PAGES = 40;
  const INDENT = { PROVINCIAL: '', CITY: '\u3000', COUNTY: '\u3000\u3000', TOWNSHIP: '\u3000\u3000\u3000' };

  // The place filter offers the places speeches come from, provinces first, each division under its province.
  async function loadPlaces() {
    const select = controls.elements.place;
    let after = null;
    for (let page = 0; page < MAX_PLACE_PAGES; page++) {
      const { places } = await gql(PLACES, { after });
      select.append(...places.edges.map(({ node: p }) => Object.assign(document.createElement('option'), { value: p.code, textContent: `${INDENT[p.level] ?? ''}${p.name}` })));
      if (!places.pageInfo.hasNextPage) break;
      after = places.pageInfo.endCursor;
    }
  }

  // The filters of the network on screen: a click lists the speeches they keep.
  let drawnFilter = {};

  async function draw() {
    const form = new FormData(controls);
    const filter = Object.fromEntries(FILTERS.map((f) => [f, String(form.get(f) || '').trim()]).filter(([, v]) => v !== ''));
    const filtered = Object.keys(filter).length > 0;
    const params = new URLSearchParams({ scope: form.get('scope'), measure: form.get('measure'), minSupport: form.get('minSupport'), limit: form.get('limit'), ...filter });
    document.body.dataset.state = 'loading';
    setStatus('loading the network…');
    try {
      const response = await fetch(`/export/cooccurrence.cyjs?${params}`);
      const body = await response.json();
      if (!response.ok) throw new Error(body.errors ? body.errors[0].message : response.statusText);
      const matched = filtered ? (await gql(MATCHING, { filter })).speeches.totalCount : null;
      cy.elements().remove();
      cy.add(body.elements);
      drawnFilter = filter;
      cy.nodes().forEach((n) => n.data('type', 'SLOGAN'));
      scale();
      showLegend();
      layout(true);
      cy.fit(cy.elements(), 30);
      const names = document.getElementById('slogan-names');
      names.replaceChildren(...cy.nodes().map((n) => Object.assign(document.createElement('option'), { value: n.data('name') })));
      setStatus(
        `${cy.nodes().length} slogans, ${cy.edges().length} pairs (${form.get('scope')}, ${form.get('measure')}, support ≥ ${form.get('minSupport')})` +
          (filtered ? `; ${matched} speeches match the filters (counted and scored over them)` : ''),
      );
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
      showLegend();
      layout(false);
      setStatus(`${node.data('name')}: ${added.nodes().length} nodes and ${added.edges().length} edges added`);
    } catch (error) {
      showError(error);
    }
  }

  function open(node) {
    const type = node.data('type');
    if (type === 'SLOGAN') showSlogan(node.data('name'), drawnFilter);
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
      showSlogan(q, drawnFilter); // not in the drawn network: the slogan may still exist (or a variant name)
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

  window.tifaExplore = { cy, draw, expand, legendKey };
  loadPlaces()
    .catch(showError)
    .finally(draw);
})();
