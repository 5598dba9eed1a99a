// Mizan web UI. Every piece of article data is untrusted: it is only ever put into the page as
// text (textContent / text nodes), never parsed as HTML, and only http(s) URLs become links.
'use strict';

const KINDS = { PER: 'شخص', ORG: 'منظمة', LOC: 'مكان', MISC: 'أخرى' };

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === 'class') node.className = v;
    else if (k === 'href') node.setAttribute('href', safeHref(v));
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

// Internal links are built here from ids; anything else must be an absolute http(s) URL.
function safeHref(v) {
  const s = String(v);
  if (s.startsWith('/') && !s.startsWith('//')) return s;
  return /^https?:\/\//i.test(s) ? s : '#';
}

const link = {
  story: (id) => '/story.html?id=' + encodeURIComponent(id),
  entity: (id) => '/entity.html?id=' + encodeURIComponent(id),
  article: (id) => '/article.html?id=' + encodeURIComponent(id),
};

async function api(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== '') qs.set(k, v);
  const url = path + (qs.toString() ? '?' + qs : '');
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({ message: 'استجابة غير صالحة' }));
  if (!res.ok) throw new Error(body.message || ('HTTP ' + res.status));
  return body;
}

function param(name) {
  return new URLSearchParams(location.search).get(name);
}

function date(s) {
  if (!s) return 'تاريخ غير معروف';
  const w = /^(\d{4})-W(\d{2})$/.exec(s);
  if (w) { // an ISO week is read by its Monday, as in the digest
    const jan4 = new Date(Date.UTC(+w[1], 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5 + (+w[2] - 1) * 7 * 864e5);
    return 'أسبوع ' + monday.toISOString().slice(0, 10);
  }
  return s.replace('T', ' ');
}

function render(...nodes) {
  const main = document.getElementById('main');
  main.replaceChildren(...nodes.flat(Infinity).filter(Boolean));
}

function fail(e) {
  render(el('p', { class: 'error', id: 'error' }, 'تعذّر التحميل: ', e.message));
}

function section(title, id, items, empty) {
  return [el('h2', { id }, title), items.length ? items : el('p', { class: 'empty' }, empty)];
}

function storyCard(s) {
  return el('div', { class: 'card story-item' },
    el('a', { class: 'story-link', href: link.story(s.id) }, s.label || 'قصة بلا عنوان'),
    el('div', { class: 'meta' }, s.documents.length + ' مقال · ',
      s.first_seen === s.last_seen ? date(s.last_seen) : date(s.first_seen) + ' ← ' + date(s.last_seen)),
    el('div', {}, s.outlets.map((o) => el('span', { class: 'pill' }, o))));
}

function docCard(d) {
  return el('div', { class: 'card doc-item' },
    el('a', { class: 'doc-link', href: link.article(d.id) }, d.headline || 'بلا عنوان'),
    el('div', { class: 'meta' }, (d.outlet || 'مصدر غير معروف') + ' · ' + date(d.published),
      d.story ? el('span', {}, ' · ', el('a', { href: link.story(d.story) }, 'القصة')) : null),
    d.snippet ? el('p', { class: 'snippet' }, d.snippet) : null);
}

function pager(page, go) {
  const from = page.total === 0 ? 0 : page.offset + 1;
  const to = page.offset + page.items.length;
  return el('div', { class: 'pager' },
    page.offset > 0 ? el('button', { class: 'secondary', onclick: () => go(Math.max(0, page.offset - page.limit)) }, 'السابق') : null,
    el('span', { class: 'meta' }, from + '–' + to + ' من ' + page.total),
    to < page.total ? el('button', { class: 'secondary', id: 'next', onclick: () => go(page.offset + page.limit) }, 'التالي') : null);
}

// ---- pages ----

async function storiesPage() {
  const f = { q: param('q') || '', from: param('from') || '', to: param('to') || '', outlet: param('outlet') || '' };
  const input = (name, label, type) => el('label', {}, label, el('input', { name, type: type || 'text', value: f[name] }));
  const form = el('form', { class: 'filters', id: 'filters', method: 'get', action: '/' },
    input('q', 'بحث'), input('from', 'من', 'date'), input('to', 'إلى', 'date'), input('outlet', 'المصدر'),
    el('button', { type: 'submit', id: 'search-button' }, 'ابحث'));
  const offset = Number(param('offset') || 0);
  const go = (o) => { const p = new URLSearchParams(location.search); p.set('offset', o); location.search = p; };
  const stories = await api('/api/stories', { ...f, offset, limit: 20 });
  const parts = [el('h1', {}, f.q ? 'القصص المطابقة لـ «' + f.q + '»' : 'أحدث القصص'), form,
    el('div', { id: 'stories' }, stories.items.length ? stories.items.map(storyCard) : el('p', { class: 'empty' }, 'لا توجد قصص مطابقة.')),
    pager(stories, go)];
  if (f.q) {
    const hits = await api('/api/search', { q: f.q, limit: 20 });
    parts.push(...section('المقالات المطابقة', 'results', hits.items.map(docCard), 'لا توجد مقالات مطابقة.'));
  }
  render(parts);
}

function cites(citations) {
  const seen = new Set();
  return el('span', { class: 'cites' }, (citations || []).filter((c) => !seen.has(c.document_id) && seen.add(c.document_id))
    .map((c) => el('a', { class: 'pill cite', href: link.article(c.document_id), title: c.text }, c.outlet || 'مصدر')));
}

const DIVERGENCE = { figure: 'اختلاف في الأرقام', claim: 'اختلاف في الرواية', time: 'اختلاف في التوقيت' };

function fallbackQuotes(d) {
  const bySpeaker = new Map();
  for (const q of d.quotes) {
    const sp = q.quote.speaker || {};
    const name = sp.canonical || sp.description || 'متحدث غير محدد';
    if (!bySpeaker.has(name)) bySpeaker.set(name, []);
    bySpeaker.get(name).push(q);
  }
  return [...bySpeaker.entries()].map(([name, qs]) => el('div', { class: 'card' }, el('div', { class: 'speaker' }, name),
    qs.map((q) => el('div', { class: 'quote' }, q.quote.kind === 'direct' ? '«' + q.quote.text + '»' : q.quote.text,
      el('div', { class: 'meta' }, el('a', { href: link.article(q.document) }, q.outlet || 'المقال'))))));
}

const COPY_KINDS = { exact: 'نص مطابق', near_duplicate: 'نسخة شبه مطابقة', shared_paragraphs: 'فقرات مشتركة' };

// A group of articles that share copied text (wire copy): who, how much, and which paragraphs.
function syndicationCard(x, sources) {
  const byId = Object.fromEntries(sources.map((d) => [d.id, d]));
  const share = Math.round(x.similarity * 100) + '٪';
  return el('div', { class: 'card syndication-item' },
    el('div', { class: 'speaker' }, (COPY_KINDS[x.kind] || x.kind) + ' · ' + x.documents.length + ' مقال · تشابه ' + share,
      x.agency ? ' · المصدر المرجّح: ' + x.agency : ''),
    el('ul', {}, x.documents.map((id) => {
      const d = byId[id] || { id };
      const paras = (x.shared_paragraphs[id] || []).map((i) => i + 1).join('، ');
      return el('li', {}, el('a', { href: link.article(id) }, d.outlet || d.headline || id),
        paras ? el('span', { class: 'meta' }, ' · الفقرات ' + paras) : null);
    })));
}

async function storyPage() {
  const d = await api('/api/stories/' + encodeURIComponent(param('id') || ''));
  const s = d.story;
  const g = d.digest;
  document.title = s.label + ' · ميزان';
  const outlets = s.outlets.length ? s.outlets.length + ' مصدر' : 'مصادر غير معروفة';
  const summary = g && g.summary.length
    ? g.summary.map((x) => el('p', { class: 'card' }, x.text, ' ', cites(x.citations)))
    : d.sources.slice(0, 1).map((x) => el('p', { class: 'card' }, x.headline));
  const timeline = g && g.timeline.length
    ? [el('ul', { class: 'timeline' }, g.timeline.map((t) => el('li', { class: t.background ? 'background' : '' },
      el('strong', {}, date(t.date)), t.date_text ? ' (' + t.date_text + ')' : '', ' · ', t.text, ' ', cites(t.citations))))]
    : (d.timeline.length ? [el('ul', { class: 'timeline' }, d.timeline.map((t) => el('li', {}, el('strong', {}, date(t.date)),
      ' · ', t.kind === 'published' ? 'نشر ' + (t.outlet || '') + ': ' : '', el('a', { href: link.article(t.document) }, t.text))))] : []);
  const quotes = g && g.quotes.length
    ? g.quotes.map((sp) => el('div', { class: 'card' }, el('div', { class: 'speaker' }, sp.speaker),
      sp.statements.map((st) => el('div', { class: 'quote' }, st.kinds.includes('direct') ? '«' + st.text + '»' : st.text,
        el('div', { class: 'meta' }, (st.medium ? st.medium + ' · ' : '') + 'أورده ' + st.outlets + ' مصدر ', cites(st.citations))))))
    : fallbackQuotes(d);
  const figures = g && g.figures.length
    ? [el('table', {}, el('tr', {}, el('th', {}, 'الكمية'), el('th', {}, 'القيم بحسب المصادر'), el('th', {}, 'الحال')),
      g.figures.map((f) => el('tr', {}, el('td', {}, f.counted || f.unit || ''),
        el('td', {}, f.values.map((v) => el('div', {}, v.text, ' ', cites(v.citations)))),
        el('td', {}, f.conflict ? 'تختلف المصادر' : (f.agreement ? 'تتفق المصادر' : 'مصدر واحد')))))]
    : (d.figures.length ? [el('table', {}, el('tr', {}, el('th', {}, 'الرقم'), el('th', {}, 'المعدود'), el('th', {}, 'المصدر')),
      d.figures.map((f) => el('tr', {}, el('td', {}, f.figure.text), el('td', {}, f.figure.counted || ''), el('td', {}, f.outlet || ''))))] : []);
  const divergences = g ? g.divergences.map((x) => el('div', { class: 'card' },
    el('div', { class: 'speaker' }, (DIVERGENCE[x.kind] || x.kind) + ': ', x.about),
    x.positions.map((p) => el('div', { class: 'quote' }, p.actor ? p.actor + ': ' : '', p.claim, ' ', cites(p.citations))),
    x.note ? el('div', { class: 'meta' }, x.note) : null)) : [];
  render(
    el('h1', { id: 'story-title' }, s.label),
    el('div', { class: 'meta' }, s.documents.length + ' مقال من ' + outlets + ' · ' + date(s.first_seen) + ' ← ' + date(s.last_seen)),
    section('الملخص', 'summary', summary, 'لا يوجد ملخص.'),
    section('الخط الزمني', 'timeline', timeline, 'لا توجد تواريخ.'),
    section('من قال ماذا', 'quotes', quotes, 'لم تُستخرج اقتباسات.'),
    section('الأرقام', 'figures', figures, 'لم تُستخرج أرقام.'),
    section('نقاط الاختلاف', 'divergences', divergences, 'لم تُرصد اختلافات بين المصادر.'),
    section('قصص ذات صلة', 'related', g ? g.related.map((r) => el('div', { class: 'card' },
      el('a', { href: link.story(r.story_id) }, r.label || r.story_id),
      r.shared.length ? el('div', { class: 'meta' }, 'مشترك: ' + r.shared.join('، ')) : null)) : [],
    'لا قصص ذات صلة.'),
    section('المصادر', 'sources', d.sources.map(docCard), 'لا مصادر.'),
    section('النص المشترك بين المصادر', 'syndication', (s.syndication || []).map((x) => syndicationCard(x, d.sources)),
      'لا نص منسوخ بين مصادر هذه القصة.'),
    section('الكيانات', 'entities', d.entities.length ? [el('div', {}, d.entities.map((e) =>
      el('a', { class: 'pill', href: link.entity(e.id) }, e.canonical)))] : [], 'لا كيانات.'));
}

async function entityPage() {
  const d = await api('/api/entities/' + encodeURIComponent(param('id') || ''));
  const e = d.entity;
  document.title = e.canonical + ' · ميزان';
  render(
    el('h1', { id: 'entity-name' }, e.canonical),
    el('div', { class: 'meta' }, (KINDS[e.type] || e.type || '') + ' · ' + e.mentions + ' إشارة في ' + e.documents + ' مقال'),
    section('الأسماء الأخرى', 'aliases', [el('div', {}, e.aliases.map((a) => el('span', { class: 'pill' }, a)))], 'لا أسماء أخرى.'),
    e.roles.length ? section('الصفات', 'roles', [el('div', {}, e.roles.map((r) => el('span', { class: 'pill' }, r)))], '') : null,
    section('القصص', 'stories', d.stories.items.map(storyCard), 'لا قصص.'),
    section('الاقتباسات', 'quotes', d.quotes.items.map((q) => el('div', { class: 'quote' }, q.quote.text,
      el('div', { class: 'meta' }, el('a', { href: link.article(q.document) }, q.outlet || 'المقال')))), 'لا اقتباسات.'),
    section('المقالات', 'documents', d.documents.items.map(docCard), 'لا مقالات.'));
}

async function articlePage() {
  const d = await api('/api/documents/' + encodeURIComponent(param('id') || ''));
  const headline = d.headline || (d.paragraphs[0] ? d.paragraphs[0].text : 'مقال');
  document.title = headline + ' · ميزان';
  const removed = el('div', { id: 'removed', hidden: 'hidden' }, d.removed.map((r) =>
    el('div', { class: 'card removed' }, el('div', { class: 'reason' }, 'سبب الحذف: ' + r.reason), r.text)));
  const toggle = el('button', { class: 'secondary', id: 'show-removed', onclick: () => {
    removed.hidden = !removed.hidden;
    toggle.textContent = removed.hidden ? 'إظهار ما حُذف (' + d.removed.length + ')' : 'إخفاء ما حُذف';
  } }, 'إظهار ما حُذف (' + d.removed.length + ')');
  render(
    el('h1', { id: 'article-title' }, headline),
    el('div', { class: 'meta' }, (d.outlet || 'مصدر غير معروف') + ' · ' + date(d.published && d.published.value),
      d.byline ? ' · ' + d.byline : '', d.url ? el('span', {}, ' · ', el('a', { href: d.url, rel: 'noopener noreferrer nofollow', id: 'source-link' }, 'الرابط الأصلي')) : null),
    el('div', { class: 'article-body', id: 'body' }, d.paragraphs.map((p) => p.kind === 'subheading' ? el('h2', {}, p.text) : el('p', {}, p.text))),
    el('h2', {}, 'ما حذفه التنظيف'), d.removed.length ? toggle : el('p', { class: 'empty' }, 'لم يُحذف شيء.'), removed,
    d.mentions.length ? section('الكيانات المذكورة', 'mentions', [el('div', {}, [...new Set(d.mentions.map((m) => m.text))].map((t) => el('span', { class: 'pill' }, t)))], '') : null);
}

const PAGES = { stories: storiesPage, story: storyPage, entity: entityPage, article: articlePage };
document.addEventListener('DOMContentLoaded', () => {
  const page = PAGES[document.body.dataset.page];
  if (page) page().catch(fail);
});
