// @ts-check
// The Handoff dashboard webview: draws the model the extension posts (src/vscode/dashboard) with
// plain DOM (text only, never HTML strings), reports back what it drew, and asks the extension to
// open a handoff when an entry is clicked. No libraries, no network.
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  const app = /** @type {HTMLElement} */ (document.getElementById('app'));
  /** @type {any} */
  let model = (vscode.getState() || {}).model;

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'update') {
      model = message.model;
      vscode.setState({ model });
      render();
    } else if (message.type === 'click') {
      // The extension clicks like a user would (its integration tests do): the same handlers run.
      const target = message.target;
      const list = target === 'refresh' ? null : app.querySelector(`[data-list="${CSS.escape(String(target.list))}"]`);
      const el = target === 'refresh' ? app.querySelector('button.refresh') : list && [...list.querySelectorAll('[data-path]')].find((e) => e.getAttribute('data-path') === target.path);
      if (el instanceof HTMLElement) el.click();
    }
  });

  /**
   * Creates an element: `props` sets className, dataset entries (data-*), attributes (aria-*, title,
   * type, role, scope) and the click handler; children are nodes or text.
   * @param {string} tag
   * @param {Record<string, any>} [props]
   * @param {...(Node | string | number | null | undefined | false)} children
   */
  function h(tag, props = {}, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'className') el.className = value;
      else if (key === 'onclick') el.addEventListener('click', value);
      else el.setAttribute(key, String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      el.append(typeof child === 'number' ? String(child) : child);
    }
    return el;
  }

  /** @param {number | null | undefined} value */
  function days(value) {
    return value === null || value === undefined ? '–' : `${value} d`;
  }

  /** @param {number} n @param {string} word */
  function count(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
  }

  function render() {
    app.replaceChildren();
    if (!model) return;
    const m = model.metrics;
    app.append(header(m));
    if (model.empty) {
      app.append(h('p', { className: 'empty' }, model.empty));
    } else {
      app.append(
        cards(m),
        // Where work piles up: the team-to-team matrix, then the load per team next to the statuses.
        panel('Flow of open handoffs (from → to)', heatTable(m.flow)),
        h('div', { className: 'grid two' }, panel('Open by receiving team', barChart('receiver', m.byReceiver, 'The open handoffs waiting on each team.')), panel('By status', barChart('status', m.byStatus, 'All handoffs per status.'))),
        h('div', { className: 'grid two' }, panel(`Overdue (${m.overdue})`, refList('overdue', m.overdueList)), panel(`Stale (${m.stale})`, refList('stale', m.staleList))),
        journeys(m.journeys),
        h(
          'div',
          { className: 'grid two' },
          panel('By type', barChart('type', m.byType, 'All handoffs per type.')),
          panel('Most frequent problems', barChart('rules', Object.fromEntries(m.lint.byRule.map((/** @type {any} */ r) => [r.rule, r.count])), `${count(m.lint.handoffs, 'handoff')} with problems.`, 'warn')),
        ),
        panel('Time to accept and to done', durationTable(m)),
      );
    }
    vscode.postMessage({ type: 'rendered', report: readBack() });
  }

  /** @param {any} m */
  function header(m) {
    const refresh = h('button', { className: 'refresh', type: 'button', title: 'Measure again (and re-read git history)', onclick: () => vscode.postMessage({ type: 'refresh' }) }, 'Refresh');
    const note = model.gitHistory ? 'with git history' : 'without git history';
    return h('header', {}, h('h1', {}, 'Handoff health'), h('span', { className: 'muted', 'data-today': m.today }, `as of ${m.today} · ${note}`), refresh);
  }

  /** @param {any} m */
  function cards(m) {
    const c = m.checklist;
    const accepted = m.toAccepted;
    const done = m.toDone;
    return h(
      'section',
      { className: 'cards', 'aria-label': 'Key numbers' },
      card('total', 'Handoffs', m.total, `${m.closed} closed`),
      card('open', 'Open', m.open, `${m.ageSources.unknown ? `${m.ageSources.unknown} of unknown age` : 'not done or cancelled'}`),
      card('overdue', 'Overdue', m.overdue, 'open and past due', m.overdue > 0 ? 'alert' : ''),
      card('stale', 'Stale', m.stale, `waiting > ${m.staleAfterDays} days`, m.stale > 0 ? 'caution' : ''),
      card('age', 'Median age (open)', days(m.ageDays.median), `p90 ${days(m.ageDays.p90)}`),
      card('accept', 'Time to accept', days(accepted.median), milestone(accepted, 'no accepted handoffs')),
      card('done', 'Time to done', days(done.median), milestone(done, 'no done handoffs')),
      card('checklist', 'Checklists done', c.ratio === null ? '–' : `${Math.round(c.ratio * 100)}%`, c.items ? `${c.checked}/${c.items} items · ${c.complete} of ${c.handoffs} complete` : 'no open checklists'),
    );
  }

  /** p90 and n, and how many reached the milestone on an unknown date (no stamp, no status change in git). @param {any} d @param {string} none */
  function milestone(d, none) {
    const unknown = d.sources && d.sources.unknown ? `${d.sources.unknown} unknown` : '';
    if (!d.count) return unknown ? `${unknown}${model.gitHistory ? '' : ' · without git history'}` : none;
    return `p90 ${days(d.p90)} · n = ${d.count}${unknown ? ` · ${unknown}` : ''}`;
  }

  /** @param {string} id @param {string} label @param {string | number} value @param {string} sub @param {string} [tone] */
  function card(id, label, value, sub, tone = '') {
    return h('div', { className: `card ${tone}`.trim(), 'data-card': id }, h('div', { className: 'label' }, label), h('div', { className: 'value' }, value), h('div', { className: 'sub muted' }, sub));
  }

  /** @param {string} title @param {Node} body @param {string} [extra] */
  function panel(title, body, extra = '') {
    return h('section', { className: `panel ${extra}`.trim() }, h('h2', {}, title), body);
  }

  /** @param {string} id @param {Record<string, number>} counts @param {string} [caption] @param {string} [tone] */
  function barChart(id, counts, caption, tone = '') {
    const rows = Object.entries(counts);
    if (!rows.length) return h('p', { className: 'muted', 'data-chart': id }, 'None.');
    const max = Math.max(...rows.map(([, n]) => n));
    const list = h('div', { className: `bars ${tone}`.trim(), 'data-chart': id, role: 'list' });
    for (const [label, n] of rows) {
      const fill = h('div', { className: 'fill' });
      // CSSOM, not a style attribute: allowed by the Content-Security-Policy.
      fill.style.width = `${Math.max(2, (n / max) * 100)}%`;
      list.append(h('div', { className: 'bar', role: 'listitem', title: `${label}: ${n}` }, h('span', { className: 'bar-label' }, label), h('div', { className: 'track' }, fill), h('span', { className: 'bar-value' }, n)));
    }
    return caption ? h('div', {}, list, h('p', { className: 'caption muted' }, caption)) : list;
  }

  // Team names, types and paths are keys of the model's records: read them as own properties only
  // (`to: toString` is no inherited function) and build records without a prototype (`from:
  // __proto__` is an ordinary key, not a write to Object.prototype).
  /** @param {any} record @param {string} key */
  function own(record, key) {
    return record && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
  }

  /** @returns {Record<string, any>} */
  function dict() {
    return Object.create(null);
  }

  /** @param {Record<string, Record<string, number>>} flow */
  function heatTable(flow) {
    const froms = Object.keys(flow);
    if (!froms.length) return h('p', { className: 'muted', 'data-flow': '' }, 'No open handoffs.');
    const tos = [...new Set(froms.flatMap((f) => Object.keys(flow[f])))].sort(byName);
    const max = Math.max(...froms.flatMap((f) => Object.values(flow[f])));
    const head = h('tr', {}, h('th', { scope: 'col', className: 'corner' }, 'From ↓ · To →'), ...tos.map((t) => h('th', { scope: 'col' }, t)));
    const body = froms.map((from) =>
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, from),
        ...tos.map((to) => {
          const n = own(flow[from], to) || 0;
          const cell = h('td', { className: n ? 'heat' : 'zero', 'data-from': from, 'data-to': to, title: `${from} → ${to}: ${n} open` }, n ? h('span', {}, n) : '');
          cell.style.setProperty('--heat', String(n / max));
          return cell;
        }),
      ),
    );
    return h('div', { className: 'table-wrap' }, h('table', { className: 'heatmap', 'data-flow': '' }, h('thead', {}, head), h('tbody', {}, ...body)));
  }

  /** @param {string} a @param {string} b */
  function byName(a, b) {
    if ((a === '(none)') !== (b === '(none)')) return a === '(none)' ? 1 : -1;
    return a.localeCompare(b);
  }

  /** @param {'overdue' | 'stale' | 'dropped'} id @param {any[]} refs */
  function refList(id, refs) {
    if (!refs.length) return h('p', { className: 'muted', 'data-list': id }, 'None.');
    const list = h('ul', { className: `refs ${id}`, 'data-list': id });
    for (const r of refs) {
      const detail =
        id === 'overdue' ? `${count(r.daysOverdue, 'day')} late (due ${r.due})`
        : id === 'stale' ? `open for ${count(r.ageDays ?? 0, 'day')}`
        : `${r.type ?? '?'} ${r.status ?? '?'} since ${r.since ?? '?'}${r.days === null ? '' : ` (${count(r.days, 'day')})`}, next one never written`;
      const file = own(model.files, r.path) || r.path;
      const open = () => vscode.postMessage({ type: 'open', path: r.path });
      list.append(
        h(
          'li',
          {},
          h(
            'button',
            { type: 'button', className: 'ref', 'data-path': r.path, title: `Open ${file}`, onclick: open },
            h('span', { className: 'ref-title' }, r.title || file),
            h('span', { className: 'ref-meta muted' }, id === 'dropped' ? `→ ${r.to ?? '?'} · ${detail}` : `${r.from ?? '?'} → ${r.to ?? '?'} · ${detail}${r.assignee ? ` · ${r.assignee}` : ''}`),
            h('span', { className: 'ref-file muted' }, file),
          ),
        ),
      );
    }
    return list;
  }

  /** Journeys (handoffs linked by `follows`): where they stand, how long they take, where they wait, what was dropped. @param {any} j */
  function journeys(j) {
    if (!j) return null;
    const e = j.endToEnd;
    const numbers = h(
      'div',
      { className: 'cards', 'aria-label': 'Journeys' },
      card('journeys-in-progress', 'Journeys in progress', j.inProgress, `of ${count(j.total, 'journey')}`),
      card('journeys-complete', 'Complete', j.complete, j.cancelled ? `${j.cancelled} cancelled` : 'every last stage done'),
      card('dropped', 'Dropped handoffs', j.droppedList.length, 'next handoff never written', j.droppedList.length ? 'caution' : ''),
      card('end-to-end', 'End to end', days(e.median), e.count ? `p90 ${days(e.p90)} · n = ${e.count}${e.sources.unknown ? ` · ${e.sources.unknown} unknown` : ''}` : 'no complete journey with known dates'),
      card('slowest-stage', 'Waits longest in', j.slowestStage ?? '–', j.slowestStage ? `median ${days(own(j.byStage, j.slowestStage).median)} in stage` : 'no stages yet', 'name'),
    );
    const medians = Object.fromEntries(Object.entries(j.byStage).map(([type, d]) => [type, /** @type {any} */ (d).median ?? 0]));
    return panel(
      `Journeys (${j.total})`,
      h(
        'div',
        {},
        numbers,
        h(
          'div',
          { className: 'grid two' },
          h('div', {}, h('h3', {}, 'Median days in stage, by type'), barChart('stages', medians, 'Done stages: created → done; open ones: so far.')),
          h('div', {}, h('h3', {}, `Dropped handoffs (${j.droppedList.length})`), refList('dropped', j.droppedList)),
        ),
        journeyTable(j.list),
      ),
      'journeys',
    );
  }

  const JOURNEY_ROWS = 20;
  const STATE = { 'in-progress': 'in progress', dropped: 'dropped', complete: 'complete', cancelled: 'cancelled' };

  /** In progress first, longest first; each row opens its current (last) stage. @param {any[]} rows */
  function journeyTable(rows) {
    if (!rows.length) return h('p', { className: 'muted', 'data-list': 'journeys' }, 'No journeys yet: a handoff joins one with follows: (the handoff it continues).');
    const head = h('tr', {}, ...['Journey', 'State', 'Stages', 'Now', 'Days'].map((t) => h('th', { scope: 'col' }, t)));
    const body = rows.slice(0, JOURNEY_ROWS).map((r) =>
      h(
        'tr',
        { className: `state-${r.state}` },
        h('th', { scope: 'row' }, h('button', { type: 'button', className: 'link', 'data-path': r.current.path, title: `Open ${own(model.files, r.current.path) || r.current.path}`, onclick: () => vscode.postMessage({ type: 'open', path: r.current.path }) }, r.name)),
        h('td', {}, own(STATE, r.state) || r.state),
        h('td', {}, r.stages),
        h('td', {}, `${r.current.type ?? '?'}: ${r.current.status ?? '?'}`),
        h('td', {}, r.days === null ? '–' : `${r.days} d${r.state === 'complete' ? '' : ' so far'}`),
      ),
    );
    const more = rows.length > JOURNEY_ROWS ? h('p', { className: 'caption muted' }, `… and ${rows.length - JOURNEY_ROWS} more (handoff stats lists them all).`) : null;
    return h('div', { className: 'table-wrap' }, h('table', { className: 'journeys', 'data-list': 'journeys' }, h('thead', {}, head), h('tbody', {}, ...body)), more);
  }

  /** @param {any} m */
  function durationTable(m) {
    /** @param {any} d */
    const cell = (d) => h('td', {}, d && d.count ? `${days(d.median)} / ${days(d.p90)} (${d.count})` : '–');
    const rows = [h('tr', { className: 'all' }, h('th', { scope: 'row' }, 'All'), cell(m.toAccepted), cell(m.toDone))];
    for (const [label, key] of [['Type', 'byType'], ['Receiving team', 'byReceiver']]) {
      const names = [...new Set([...Object.keys(m.toAccepted[key]), ...Object.keys(m.toDone[key])])].sort(byName);
      for (const name of names) rows.push(h('tr', {}, h('th', { scope: 'row' }, h('span', { className: 'muted' }, `${label}: `), name), cell(own(m.toAccepted[key], name)), cell(own(m.toDone[key], name))));
    }
    const head = h('tr', {}, h('th', { scope: 'col' }, ''), h('th', { scope: 'col' }, 'Created → accepted (median / p90, n)'), h('th', { scope: 'col' }, 'Created → done (median / p90, n)'));
    return h('div', { className: 'table-wrap' }, h('table', { className: 'durations' }, h('thead', {}, head), h('tbody', {}, ...rows)));
  }

  /** What is on screen, read from the DOM (not from the model), for the extension's tests. */
  function readBack() {
    /** @type {Record<string, string>} */
    const cardValues = dict();
    for (const el of app.querySelectorAll('[data-card]')) cardValues[el.getAttribute('data-card') || ''] = el.querySelector('.value')?.textContent || '';
    /** @type {Record<string, Record<string, number>>} */
    const bars = dict();
    for (const chart of app.querySelectorAll('[data-chart]')) {
      const rows = dict();
      for (const bar of chart.querySelectorAll('.bar')) rows[bar.querySelector('.bar-label')?.textContent || ''] = Number(bar.querySelector('.bar-value')?.textContent);
      bars[chart.getAttribute('data-chart') || ''] = rows;
    }
    /** @type {Record<string, Record<string, number>>} */
    const flow = dict();
    for (const td of app.querySelectorAll('td.heat')) {
      const from = td.getAttribute('data-from') || '';
      (flow[from] ??= dict())[td.getAttribute('data-to') || ''] = Number(td.textContent);
    }
    /** @type {Record<string, string[]>} */
    const lists = dict();
    for (const list of app.querySelectorAll('[data-list]')) lists[list.getAttribute('data-list') || ''] = [...list.querySelectorAll('[data-path]')].map((e) => e.getAttribute('data-path') || '');
    const today = app.querySelector('[data-today]')?.getAttribute('data-today') || '';
    const journeyRows = [...app.querySelectorAll('table.journeys tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent || ''));
    return { today, cards: cardValues, bars, flow, lists, journeys: journeyRows };
  }

  if (model) render();
  vscode.postMessage({ type: 'ready' });
})();
