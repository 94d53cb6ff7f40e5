// /explore/timeline: the share of dated speeches using each slogan, per period, as lines (Chart.js).
// Data: GraphQL `timeline` (one alias per level when the levels are split).
'use strict';

(() => {
  const { gql, el, formPage } = window.tifaPanels;
  const LEVELS = ['CENTRAL', 'PROVINCIAL', 'CITY', 'COUNTY', 'TOWNSHIP'];
  const COLOURS = ['#c0392b', '#2874a6', '#27ae60', '#8e44ad', '#d35400', '#16a085', '#b7950b', '#7f8c8d', '#e84393', '#2c3e50'];
  const DASHES = { CENTRAL: [], PROVINCIAL: [6, 3], CITY: [2, 2], COUNTY: [8, 3, 2, 3], TOWNSHIP: [1, 4] };
  const FIELDS = 'slogan { name } points { period speeches share mentions } undated coarser';
  const form = document.getElementById('controls');
  const status = document.getElementById('status');
  const details = document.getElementById('details');
  let chart = null;

  function readForm() {
    const f = new FormData(form);
    const slogans = String(f.get('slogans') || '').split(/[,，\s]+/).map((s) => s.trim()).filter(Boolean);
    return { slogans, by: String(f.get('by')), level: String(f.get('level') || ''), split: f.get('split') === 'on' };
  }

  // The form from the page's query string (?slogans=四个意识,两个确立&by=YEAR&level=&split=1).
  function fillForm() {
    const q = new URLSearchParams(location.search);
    if (q.get('slogans')) form.elements.slogans.value = q.get('slogans');
    if (q.get('by')) form.elements.by.value = q.get('by');
    if (q.get('level')) form.elements.level.value = q.get('level');
    form.elements.split.checked = q.get('split') === '1';
  }

  // One series per slogan, or per slogan and level: [{label, level, timeline}].
  async function fetchSeries({ slogans, by, level, split }) {
    const levels = split ? LEVELS : [level || null];
    const aliases = levels.map((l, i) => `t${i}: timeline(slogans: $slogans, by: $by${l ? `, filter: { level: ${l} }` : ''}) { ${FIELDS} }`);
    const data = await gql(`query ($slogans: [String!]!, $by: Period) { ${aliases.join(' ')} }`, { slogans, by });
    return levels.flatMap((l, i) =>
      data[`t${i}`].filter((t) => !split || t.points.some((p) => p.speeches > 0)).map((t) => ({ label: split ? `${t.slogan.name} · ${l.toLowerCase()}` : t.slogan.name, name: t.slogan.name, level: l, timeline: t })),
    );
  }

  function draw(series) {
    const periods = [...new Set(series.flatMap((s) => s.timeline.points.map((p) => p.period)))].sort();
    const names = [...new Set(series.map((s) => s.name))];
    const datasets = series.map((s) => {
      const byPeriod = new Map(s.timeline.points.map((p) => [p.period, p]));
      const colour = COLOURS[names.indexOf(s.name) % COLOURS.length];
      return {
        label: s.label,
        data: periods.map((p) => (byPeriod.has(p) ? Math.round(byPeriod.get(p).share * 10000) / 100 : null)),
        points: periods.map((p) => byPeriod.get(p) || null),
        borderColor: colour,
        backgroundColor: colour,
        borderDash: s.level ? DASHES[s.level] : [],
        spanGaps: true,
        tension: 0,
        pointRadius: 3,
      };
    });
    if (chart) chart.destroy();
    chart = new Chart(document.getElementById('chart'), {
      type: 'line',
      data: { labels: periods, datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        interaction: { mode: 'nearest', intersect: false },
        scales: { y: { min: 0, title: { display: true, text: '% of dated speeches' } }, x: { title: { display: true, text: 'period of delivery' } } },
        plugins: {
          tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${c.parsed.y}% (${c.dataset.points[c.dataIndex]?.speeches ?? 0} speeches)` } },
        },
        onClick: (_e, items) => items[0] && showPoint(datasets[items[0].datasetIndex], periods[items[0].index], items[0].index),
      },
    });
  }

  function showPoint(dataset, period, i) {
    const p = dataset.points[i];
    details.replaceChildren(
      el('h2', {}, `${dataset.label} · ${period}`),
      el('p', {}, p ? `${p.speeches} speeches use it (${(p.share * 100).toFixed(1)}% of the period's dated speeches), ${p.mentions} mentions.` : 'No dated speech of this level in this period.'),
    );
  }

  function summary(series) {
    details.replaceChildren(
      el('h2', {}, 'Speeches left out'),
      el('ul', {}, series.map((s) => el('li', {}, `${s.label}: ${s.timeline.undated} undated, ${s.timeline.coarser} with a date coarser than the period`))),
    );
  }

  async function run() {
    const args = readForm();
    if (args.slogans.length === 0) {
      const top = await gql('{ slogans(first: 4) { edges { node { name } } } }');
      args.slogans = top.slogans.edges.map((e) => e.node.name);
      form.elements.slogans.value = args.slogans.join(', ');
    }
    const series = await fetchSeries(args);
    draw(series);
    summary(series);
    status.textContent = series.length ? `${series.length} lines` : 'none of these names is a slogan of the graph';
    window.tifaTimeline = { chart, series };
  }

  fillForm();
  formPage(form, status, run);
})();
