// Side panel of /explore: a slogan's speeches and sentences, a speech's section tree.
// Plain browser script (no build step); everything user-supplied goes in through textContent.
'use strict';

window.tifaPanels = (() => {
  async function gql(query, variables) {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors && body.errors.length > 0) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data;
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'onclick') node.addEventListener('click', v);
      else if (v !== null && v !== undefined) node.setAttribute(k, v);
    }
    // Children may nest lists at any depth (a list of [separator, link, count] per slogan).
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  const details = () => document.getElementById('details');
  function show(...nodes) {
    details().replaceChildren(...nodes.filter((n) => n !== null && n !== undefined));
  }
  function showError(error) {
    show(el('p', { class: 'error' }, String(error.message || error)));
  }

  // The sentence with the mention [start, end) marked.
  function highlighted(sentence, start, end) {
    return el('p', { class: 'sentence' }, sentence.slice(0, start), el('mark', {}, sentence.slice(start, end)), sentence.slice(end));
  }

  function speechLine(speech) {
    const meta = [speech.date, speech.level && speech.level.toLowerCase()].filter(Boolean).join(' · ');
    return el('li', {}, el('a', { 'data-speech': speech.id, onclick: () => showSpeech(speech.id) }, speech.title), meta ? el('span', { class: 'muted' }, ` ${meta}`) : null);
  }

  const SLOGAN = `query Slogan($name: String!) {
    slogan(name: $name) {
      name kind variants members speechCount mentionCount
      speeches(first: 50) { id title date level }
      contexts(first: 30) { sentence start end speechId }
    }
  }`;

  const FILTERED = `query Filtered($filter: SpeechFilter) {
    speeches(first: 50, filter: $filter) { totalCount edges { node { id title date level } } }
  }`;

  /**
   * A slogan: its speeches and the sentences where it appears, the slogan marked. With the network's
   * filters (level, place, dates), only the speeches they keep, as the network counts them.
   */
  async function showSlogan(name, filter = {}) {
    show(el('p', { class: 'muted' }, `loading ${name}…`));
    try {
      const { slogan } = await gql(SLOGAN, { name });
      if (!slogan) return show(el('p', {}, `no slogan “${name}” in the graph`));
      const filtered = Object.keys(filter).length > 0 ? (await gql(FILTERED, { filter: { ...filter, slogan: slogan.name } })).speeches : null;
      const speeches = filtered ? filtered.edges.map((e) => e.node) : slogan.speeches;
      const kept = new Set(speeches.map((s) => s.id));
      const contexts = filtered ? slogan.contexts.filter((c) => kept.has(c.speechId)) : slogan.contexts;
      const titles = new Map(speeches.map((s) => [s.id, s.title]));
      show(
        el('h2', {}, slogan.name),
        el('p', { class: 'muted' }, `${slogan.kind.toLowerCase()} · ${slogan.speechCount} speeches · ${slogan.mentionCount} mentions`),
        slogan.variants.length > 0 ? el('p', {}, 'variants: ', slogan.variants.join('、')) : null,
        slogan.members.length > 0 ? el('p', {}, 'members: ', slogan.members.join('、')) : null,
        el('h3', {}, filtered ? `Speeches matching the filters (${filtered.totalCount} of ${slogan.speechCount})` : `Speeches (${speeches.length})`),
        el('ul', { id: 'speech-list' }, speeches.map(speechLine)),
        el('h3', {}, `Sentences (${contexts.length})`),
        el(
          'div',
          { id: 'sentences' },
          contexts.map((c) => el('div', {}, highlighted(c.sentence, c.start, c.end), el('p', { class: 'muted' }, '— ', titles.get(c.speechId) || c.speechId))),
        ),
      );
    } catch (error) {
      showError(error);
    }
  }

  const SPEECH = `query Speech($id: ID!) {
    speech(id: $id) { id title date level source chars venue { name } slogans { slogan { name } count } }
  }`;

  // The whole section tree at any depth, from /explore/speech/<id>/sections.
  async function sectionTree(id) {
    const response = await fetch(`/explore/speech/${encodeURIComponent(id)}/sections`);
    if (!response.ok) throw new Error(`sections of ${id}: HTTP ${response.status}`);
    return (await response.json()).sections;
  }

  function tree(sections) {
    if (!sections || sections.length === 0) return null;
    return el(
      'ul',
      { class: 'tree' },
      sections.map((s) => el('li', {}, el('span', { class: 'marker' }, s.marker), s.heading, tree(s.children))),
    );
  }

  /** A speech: its metadata, its slogans and its section tree. */
  async function showSpeech(id) {
    show(el('p', { class: 'muted' }, 'loading the speech…'));
    try {
      const [{ speech }, sections] = await Promise.all([gql(SPEECH, { id }), sectionTree(id)]);
      if (!speech) return show(el('p', {}, `no speech ${id}`));
      const meta = [speech.date, speech.level && speech.level.toLowerCase(), speech.venue && speech.venue.name, `${speech.chars} characters`].filter(Boolean);
      show(
        el('h2', { id: 'speech-title' }, speech.title),
        el('p', { class: 'muted' }, meta.join(' · ')),
        el('h3', {}, 'Slogans'),
        el('p', {}, speech.slogans.map((s, i) => [i > 0 ? '、' : '', el('a', { onclick: () => showSlogan(s.slogan.name) }, s.slogan.name), `×${s.count}`])),
        el('h3', {}, 'Sections'),
        tree(sections) || el('p', { class: 'muted' }, 'no section headings'),
      );
    } catch (error) {
      showError(error);
    }
  }

  /** Any other node: its properties. */
  function showNode(data) {
    const props = data.properties || {};
    show(el('h2', {}, data.name), el('p', { class: 'muted' }, (data.type || '').toLowerCase()), el('ul', {}, Object.entries(props).map(([k, v]) => el('li', {}, `${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`))));
  }

  // A page drawn from one form: body[data-state] says loading, ready or error (tests and users wait
  // on it); `draw` runs on every submit and once at the start.
  function formPage(form, status, draw) {
    async function run() {
      document.body.dataset.state = 'loading';
      try {
        await draw();
        document.body.dataset.state = 'ready';
      } catch (error) {
        status.textContent = '';
        showError(error);
        document.body.dataset.state = 'error';
      }
    }
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      run();
    });
    run();
  }

  return { gql, el, showSlogan, showSpeech, showNode, showError, formPage };
})();
