// /explore/diffusion: the places of one level on a time axis by their first use of a slogan, the
// origin (first use one level up) marked, the places that never used it apart, and the adoption
// curve (Chart.js). Data: GraphQL `sloganDiffusion`.
'use strict';

(() => {
  const { gql, el, showSpeech, formPage } = window.tifaPanels;
  const DAY = 86400000;
  const form = document.getElementById('controls');
  const status = document.getElementById('status');
  const never = document.getElementById('never');
  let charts = [];

  // Dates are days since 1970-01-01, each date at the first day it covers (as lagDays counts them).
  const dayOf = (date) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7) || '1') - 1, Number(date.slice(8, 10) || '1')) / DAY;
  const dateOf = (day) => new Date(day * DAY).toISOString().slice(0, 10);

  const QUERY = `query ($name: String!, $level: AdminLevel!, $within: String) {
    sloganDiffusion(name: $name, level: $level, within: $within) {
      slogan { name } level originLevel undated
      origin { date speeches { id title } }
      adoptions { place { code name } date lagDays speechCount speech { id title } }
      curve { date adopted share }
    } }`;

  function fillForm() {
    const q = new URLSearchParams(location.search);
    form.elements.name.value = q.get('name') || form.elements.name.value;
    if (q.get('level')) form.elements.level.value = q.get('level');
    if (q.get('within')) form.elements.within.value = q.get('within');
  }

  // Draws a vertical line at the origin's date on the adopters chart.
  const originLine = {
    id: 'originLine',
    afterDatasetsDraw(chart, _args, opts) {
      if (opts.day === null || opts.day === undefined) return;
      const x = chart.scales.x.getPixelForValue(opts.day);
      const { top, bottom } = chart.chartArea;
      const ctx = chart.ctx;
      ctx.save();
      ctx.strokeStyle = '#c0392b';
      ctx.setLineDash([5, 4]);
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x, bottom);
      ctx.stroke();
      ctx.fillStyle = '#c0392b';
      ctx.fillText(opts.label, x + 4, top + 10);
      ctx.restore();
    },
  };

  const timeAxis = (min, max) => ({ type: 'linear', min, max, ticks: { callback: (v) => dateOf(v) }, title: { display: true, text: 'date of first use' } });

  function draw(d) {
    charts.forEach((c) => c.destroy());
    const adopters = d.adoptions.filter((a) => a.date !== null);
    const originDay = d.origin ? dayOf(d.origin.date) : null;
    const days = adopters.map((a) => dayOf(a.date)).concat(originDay === null ? [] : [originDay]);
    const pad = Math.max(15, (Math.max(...days) - Math.min(...days)) * 0.05);
    const [min, max] = days.length ? [Math.min(...days) - pad, Math.max(...days) + pad] : [undefined, undefined];
    document.getElementById('adopters-box').style.height = `${Math.max(160, 26 * adopters.length + 80)}px`;
    const adoptersChart = new Chart(document.getElementById('adopters'), {
      type: 'scatter',
      data: { datasets: [{ label: 'first use', data: adopters.map((a) => ({ x: dayOf(a.date), y: a.place.name, adoption: a })), backgroundColor: '#2874a6', pointRadius: 5 }] },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { x: timeAxis(min, max), y: { type: 'category', labels: adopters.map((a) => a.place.name), offset: true } },
        plugins: {
          legend: { display: false },
          originLine: { day: originDay, label: d.origin ? `${(d.originLevel || '').toLowerCase()} first use ${d.origin.date}` : '' },
          tooltip: { callbacks: { label: (c) => { const a = c.raw.adoption; return `${a.place.name}: ${a.date}${a.lagDays === null ? '' : `, ${a.lagDays} days after the origin`}`; } } },
        },
        onClick: (_e, items) => items[0] && showSpeech(adopters[items[0].index].speech.id),
      },
      plugins: [originLine],
    });
    const curveChart = new Chart(document.getElementById('curve'), {
      type: 'line',
      data: { datasets: [{ label: 'share of places that have used it', data: d.curve.map((p) => ({ x: dayOf(p.date), y: Math.round(p.share * 1000) / 10 })), stepped: true, borderColor: '#27ae60', backgroundColor: '#27ae60' }] },
      options: { animation: false, maintainAspectRatio: false, scales: { x: timeAxis(min, max), y: { min: 0, max: 100, title: { display: true, text: '% of places' } } } },
    });
    charts = [adoptersChart, curveChart];
  }

  function listNever(d) {
    const silent = d.adoptions.filter((a) => a.date === null);
    never.replaceChildren(
      el('h2', {}, `${d.slogan.name} · ${d.level.toLowerCase()}`),
      el('p', {}, d.origin ? `Origin: ${(d.originLevel || '').toLowerCase()} first use ${d.origin.date} (${d.origin.speeches.map((s) => s.title).join('; ')}).` : 'No dated use: no origin.'),
      el('p', { class: 'muted' }, `${d.undated} undated speeches of these places use it (in no date).`),
      el('h3', {}, `Never used it (${silent.length})`),
      el('ul', { id: 'never-list' }, silent.map((a) => el('li', {}, `${a.place.name} — ${a.speechCount} ${a.speechCount === 1 ? 'speech' : 'speeches'}`))),
    );
  }

  async function run() {
    const f = new FormData(form);
    const name = String(f.get('name') || '').trim() || (await gql('{ slogans(first: 1) { edges { node { name } } } }')).slogans.edges[0]?.node.name;
    form.elements.name.value = name || '';
    const within = String(f.get('within') || '').trim() || null;
    const data = await gql(QUERY, { name, level: String(f.get('level')), within });
    const d = data.sloganDiffusion;
    if (!d) throw new Error(`${name} is no slogan of the graph`);
    draw(d);
    listNever(d);
    status.textContent = `${d.adoptions.filter((a) => a.date).length} of ${d.adoptions.length} places have used it`;
    window.tifaDiffusion = { charts, diffusion: d };
  }

  fillForm();
  formPage(form, status, run);
})();
