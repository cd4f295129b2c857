// Newsroom dashboard: a worked example of a client of publish-service's public API, nothing else.
// Rule for every line below: whatever came from an article (titles, text, names, sources, URLs) goes into
// the page as text (textContent, append(string), dataset), never as HTML.
import { bodyStart, renderText, typeInfo, TYPES } from './highlight.js';

const $ = (id) => document.getElementById(id);
const KEY_STORAGE = 'newsroom.apiKey';
const FEED_SIZE = 50;
const CHIPS_PER_ITEM = 12;

// ---------- the API ----------

class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

function authHeaders() {
  const key = sessionStorage.getItem(KEY_STORAGE);
  return key ? { 'X-Api-Key': key } : {};
}

/** URLs relative to the page, so the dashboard also works behind a path prefix. */
function apiUrl(path, params = {}) {
  const url = new URL(path, document.baseURI);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      url.searchParams.set(name, value);
    }
  }
  return url;
}

async function problemDetail(response) {
  try {
    const problem = await response.json();
    return problem.detail || problem.title || response.statusText;
  } catch {
    return response.statusText || `HTTP ${response.status}`;
  }
}

async function api(path, params) {
  const response = await fetch(apiUrl(path, params), { headers: { Accept: 'application/json', ...authHeaders() } });
  if (!response.ok) {
    const detail = await problemDetail(response);
    if (response.status === 401 || response.status === 403) {
      askForKey(detail);
    }
    throw new ApiError(response.status, detail);
  }
  return response.json();
}

// ---------- small DOM helpers (text only) ----------

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name === 'class') {
      node.className = value;
    } else if (name === 'dataset') {
      Object.assign(node.dataset, value);
    } else {
      node.setAttribute(name, value);
    }
  }
  for (const child of children) {
    if (child !== undefined && child !== null && child !== false) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

/** A language tag fit for the lang attribute, or undefined ("und" and odd values are left out). */
function langTag(language) {
  return typeof language === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(language) && language !== 'und'
    ? language : undefined;
}

/** Only http(s) links to the original: a javascript: or data: URL in an article is shown as text. */
function safeHref(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function timeEl(iso) {
  if (!iso) {
    return null;
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return null;
  }
  return el('time', { datetime: date.toISOString() }, date.toLocaleString(undefined, {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit',
  }));
}

function chip(name, type, props = {}, tag = 'span') {
  const info = typeInfo(type);
  return el(tag, { class: `chip chip-${info.css}`, ...props },
    el('abbr', { class: 'chip-type', title: info.label }, info.short), ' ', name ?? '');
}

function setStatus(id, text, isError = false) {
  const node = $(id);
  node.textContent = text;
  node.classList.toggle('error', isError);
}

function articleHref(id) {
  return `#/article/${encodeURIComponent(id)}`;
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function formatMs(ms) {
  if (ms < 1000) {
    return `${Math.round(ms)} ms`;
  }
  if (ms < 120000) {
    return `${(ms / 1000).toFixed(1)} s`;
  }
  return `${Math.round(ms / 60000)} min`;
}

// ---------- articles (whole records, cached) ----------

const articleCache = new Map();

function fullArticle(id, revision) {
  const key = `${id}@${revision ?? ''}`;
  if (!articleCache.has(key)) {
    articleCache.set(key, api(`articles/${encodeURIComponent(id)}`).catch((e) => {
      articleCache.delete(key);
      throw e;
    }));
    if (articleCache.size > 200) {
      articleCache.delete(articleCache.keys().next().value);
    }
  }
  return articleCache.get(key);
}

/** People first, then places, then organisations; within a type the most mentioned first; one chip per entity. */
function sortedEntities(article) {
  const order = Object.keys(TYPES);
  return [...(article.entities || [])].sort((a, b) => {
    const byType = order.indexOf(a.type) - order.indexOf(b.type);
    return byType || (b.mentions?.length || 0) - (a.mentions?.length || 0);
  });
}

// A few detail reads at a time, so that a burst of published articles does not flood the service.
const detailQueue = [];
let detailsRunning = 0;

function queueDetail(task) {
  detailQueue.push(task);
  pumpDetails();
}

function pumpDetails() {
  while (detailsRunning < 3 && detailQueue.length) {
    detailsRunning++;
    detailQueue.shift()().catch(() => {}).finally(() => {
      detailsRunning--;
      pumpDetails();
    });
  }
}

/** One article in a list: title link, language, source, time, summary; chips added when the record arrives. */
function articleItem(summary, withChips) {
  const lang = langTag(summary.language);
  const item = el('li', { dataset: { id: summary.id, receivedAt: summary.receivedAt ?? '' } },
    el('a', { class: 'article-link', href: articleHref(summary.id), lang }, summary.title || '(untitled)'),
    el('p', { class: 'meta' },
      el('span', { class: 'language', title: 'Language' }, summary.language || 'und'),
      el('span', { class: 'source', title: 'Source' }, summary.source || 'unknown source'),
      timeEl(summary.publishedAt || summary.receivedAt)),
    summary.summary ? el('p', { class: 'summary', lang }, summary.summary) : null);
  if (withChips) {
    const chips = el('ul', { class: 'chips', 'aria-label': 'People, places and organisations' });
    item.append(chips);
    queueDetail(async () => {
      const article = await fullArticle(summary.id, summary.revision);
      const entities = sortedEntities(article);
      for (const entity of entities.slice(0, CHIPS_PER_ITEM)) {
        chips.append(el('li', {}, chip(entity.name, entity.type, { dataset: { type: entity.type ?? '' } })));
      }
      if (entities.length > CHIPS_PER_ITEM) {
        chips.append(el('li', { class: 'count' }, `+${entities.length - CHIPS_PER_ITEM} more`));
      }
      if (!entities.length) {
        chips.remove();
      }
    });
  }
  return item;
}

// ---------- the live feed (GET /articles, then GET /articles/stream) ----------

const feedItems = new Map();

function addToFeed(summary, fresh) {
  const list = $('feed-list');
  const old = feedItems.get(summary.id);
  if (old && old.dataset.revision === (summary.revision ?? '')) {
    if (fresh) {
      // Already listed by a catch-up read; the stream confirms it as just published.
      old.classList.add('fresh');
      list.insertBefore(old, list.firstChild);
    }
    return;
  }
  const item = articleItem(summary, true);
  item.dataset.revision = summary.revision ?? '';
  if (fresh) {
    item.classList.add('fresh');
  }
  if (old) {
    old.remove();
  }
  feedItems.set(summary.id, item);
  // Newest (by receipt) first, as GET /articles orders them.
  const received = Date.parse(summary.receivedAt) || 0;
  const after = [...list.children].find((li) => (Date.parse(li.dataset.receivedAt) || 0) < received);
  list.insertBefore(item, fresh ? list.firstChild : after || null);
  while (list.children.length > FEED_SIZE) {
    const last = list.lastElementChild;
    feedItems.delete(last.dataset.id);
    last.remove();
  }
}

async function loadFeed() {
  const page = await api('articles', { limit: 20 });
  for (const summary of page.items) {
    addToFeed(summary, false);
  }
}

let streamController = null;
let reconnectDelay = 1000;
let statsTimer = null;

function onPublished(summary) {
  addToFeed(summary, true);
  // Tiles follow the feed, at most every few seconds.
  clearTimeout(statsTimer);
  statsTimer = setTimeout(loadStats, 3000);
}

/**
 * Reads the SSE stream with fetch rather than EventSource: EventSource cannot send the X-Api-Key header that
 * a service with protected reads asks for. The format is plain: events separated by a blank line, the JSON
 * in "data:" lines.
 */
async function connectStream() {
  streamController?.abort();
  const controller = new AbortController();
  streamController = controller;
  const status = $('feed-status');
  status.dataset.state = 'connecting';
  setStatus('feed-status', 'Connecting…');
  try {
    const response = await fetch(apiUrl('articles/stream'), {
      headers: { Accept: 'text/event-stream', ...authHeaders() }, signal: controller.signal, cache: 'no-store',
    });
    if (!response.ok) {
      const detail = await problemDetail(response);
      if (response.status === 401 || response.status === 403) {
        askForKey(detail);
      }
      throw new ApiError(response.status, detail);
    }
    status.dataset.state = 'live';
    setStatus('feed-status', 'Live: newly published articles appear at the top.');
    reconnectDelay = 1000;
    // Whatever was published while not connected.
    loadFeed().catch(() => {});
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        break;
      }
      buffer = (buffer + value).replace(/\r\n/g, '\n');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split('\n').filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).replace(/^ /, '')).join('\n');
        if (data) {
          try {
            onPublished(JSON.parse(data));
          } catch (e) {
            console.warn('unreadable event', e);
          }
        }
      }
    }
    throw new Error('the stream ended');
  } catch (e) {
    if (controller.signal.aborted) {
      return;
    }
    status.dataset.state = 'disconnected';
    setStatus('feed-status', `Not connected (${e.message}); trying again in ${reconnectDelay / 1000} s.`, true);
    setTimeout(() => {
      if (streamController === controller) {
        connectStream();
      }
    }, reconnectDelay);
    reconnectDelay = Math.min(reconnectDelay * 2, 30000);
  }
}

// ---------- stats (GET /stats) ----------

function perHourChart(stats) {
  const counts = new Map(stats.articlesPerHour.map((h) => [new Date(h.hour).getTime(), h.articles]));
  const hour = 3600000;
  const first = Math.floor(new Date(stats.from).getTime() / hour) * hour;
  const last = Math.floor((new Date(stats.to).getTime() - 1) / hour) * hour;
  const hours = [];
  for (let t = first; t <= last; t += hour) {
    hours.push([t, counts.get(t) || 0]);
  }
  const max = Math.max(1, ...hours.map(([, n]) => n));
  const width = 400;
  const height = 170;
  const bottom = 20;
  const step = width / Math.max(1, hours.length);
  const svgNs = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  const total = hours.reduce((sum, [, n]) => sum + n, 0);
  const peak = hours.reduce((best, h) => (h[1] > best[1] ? h : best), hours[0] || [first, 0]);
  const label = (t) => `${String(new Date(t).getUTCHours()).padStart(2, '0')}:00`;
  svg.setAttribute('aria-label', `Articles per hour over the last ${hours.length} hours: ${total} in all, `
    + `at most ${peak[1]} (${label(peak[0])} UTC).`);
  hours.forEach(([t, n], i) => {
    const barHeight = ((height - bottom - 4) * n) / max;
    const rect = document.createElementNS(svgNs, 'rect');
    rect.setAttribute('class', 'bar');
    rect.setAttribute('x', String(i * step + 1));
    rect.setAttribute('y', String(height - bottom - barHeight));
    rect.setAttribute('width', String(Math.max(1, step - 2)));
    rect.setAttribute('height', String(barHeight));
    const title = document.createElementNS(svgNs, 'title');
    title.textContent = `${label(t)} UTC: ${n} article${n === 1 ? '' : 's'}`;
    rect.append(title);
    svg.append(rect);
    if (i % 6 === 0 && i * step < width - 30) {
      const text = document.createElementNS(svgNs, 'text');
      text.setAttribute('class', 'axis');
      text.setAttribute('x', String(i * step + 1));
      text.setAttribute('y', String(height - 4));
      text.textContent = label(t);
      svg.append(text);
    }
  });
  return svg;
}

async function loadStats() {
  try {
    const stats = await api('stats', { hours: 24 });
    $('tile-articles').textContent = String(stats.articles);
    $('tile-quotes').textContent = String(stats.quotes);
    $('tile-languages').textContent = stats.byLanguage.length
      ? stats.byLanguage.map((l) => `${l.language} ${l.articles}`).join(', ') : '–';
    const lag = stats.pipelineLag;
    $('tile-lag').replaceChildren(lag ? formatMs(lag.p50Ms) : 'unknown',
      lag ? el('small', {}, `median; p95 ${formatMs(lag.p95Ms)}, ${lag.articles} articles`) : '');
    $('per-hour').replaceChildren(perHourChart(stats));

    $('top-entities').replaceChildren(...stats.topEntities.map((e) => el('li', {},
      chip(e.name, e.type, { type: 'button', dataset: { entityId: e.id } }, 'button'), ' ',
      el('span', { class: 'count' }, `${plural(e.mentions, 'mention')} · ${plural(e.articles, 'article')}`))));
    if (!stats.topEntities.length) {
      $('top-entities').replaceChildren(el('li', { class: 'hint' }, 'none yet'));
    }
    $('top-speakers').replaceChildren(...stats.topSpeakers.map((s) => el('li', {},
      s.entityId
        ? el('button', { type: 'button', class: 'chip chip-person', dataset: { entityId: s.entityId } }, s.name ?? '')
        : el('span', {}, s.name ?? ''),
      ' ', el('span', { class: 'count' }, plural(s.quotes, 'quote')))));
    if (!stats.topSpeakers.length) {
      $('top-speakers').replaceChildren(el('li', { class: 'hint' }, 'none yet'));
    }
    setStatus('stats-status', `Received from ${new Date(stats.from).toLocaleString()} to ${new Date(stats.to).toLocaleString()}.`);
  } catch (e) {
    setStatus('stats-status', `Stats not available: ${e.message}`, true);
  }
}

// ---------- search (GET /articles?q=) ----------

let search = null;

async function runSearch() {
  const current = search;
  setStatus('search-status', 'Searching…');
  try {
    const page = await api('articles', { q: current.q, sort: current.sort, limit: 20, cursor: current.cursor });
    if (search !== current) {
      return;
    }
    for (const summary of page.items) {
      $('search-results').append(articleItem(summary, false));
    }
    current.found += page.items.length;
    current.cursor = page.nextCursor;
    $('search-more').hidden = !page.nextCursor;
    setStatus('search-status', current.found
      ? `${current.found}${page.nextCursor ? '+' : ''} ${current.found === 1 ? 'article' : 'articles'} found.`
      : 'No article matches.');
  } catch (e) {
    setStatus('search-status', `Search failed: ${e.message}`, true);
  }
}

// ---------- entities (GET /entities, GET /entities/{id}) ----------

async function findEntities(event) {
  event.preventDefault();
  const q = $('entity-input').value.trim();
  const type = $('entity-type').value;
  setStatus('entity-status', 'Searching…');
  try {
    const page = await api('entities', { q, type, limit: 30 });
    $('entity-results').replaceChildren(...page.items.map((e) => el('li', {},
      chip(e.name, e.type, { type: 'button', dataset: { entityId: e.id } }, 'button'), ' ',
      el('span', { class: 'count' }, `${plural(e.articleCount, 'article')} · ${plural(e.mentionCount, 'mention')}`))));
    setStatus('entity-status', page.items.length
      ? `${page.items.length}${page.nextCursor ? '+' : ''} found.` : 'No entity matches.');
  } catch (e) {
    setStatus('entity-status', `Entity search failed: ${e.message}`, true);
  }
}

/** Names compared as the service keys them: NFC, spaces collapsed, lower case, ё as е. */
function nameKey(name) {
  return (name || '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase().replaceAll('ё', 'е');
}

/**
 * An article's entity ids are its own; the API's entity ids are global. The global entity is the one of the
 * same type whose name has the same key, found through the public entity search.
 */
async function globalEntity(entity) {
  const page = await api('entities', { q: Array.from(entity.name || '').slice(0, 500).join(''), type: entity.type, limit: 50 });
  return page.items.find((e) => nameKey(e.name) === nameKey(entity.name)) || null;
}

async function showEntity(idOrArticleEntity) {
  const panel = $('entity-panel');
  const detail = $('entity-detail');
  panel.hidden = false;
  detail.replaceChildren(el('p', { class: 'hint' }, 'Loading…'));
  $('entity-panel-heading').textContent = typeof idOrArticleEntity === 'string' ? 'Entity' : idOrArticleEntity.name ?? 'Entity';
  $('entity-panel-heading').focus();
  try {
    let id = idOrArticleEntity;
    if (typeof idOrArticleEntity !== 'string') {
      const found = await globalEntity(idOrArticleEntity);
      if (!found) {
        detail.replaceChildren(el('p', {}, `${typeInfo(idOrArticleEntity.type).label}; not found among the stored entities.`));
        return;
      }
      id = found.id;
    }
    const entity = await api(`entities/${encodeURIComponent(id)}`);
    $('entity-panel-heading').textContent = entity.name ?? '';
    detail.replaceChildren(
      el('p', {}, chip(typeInfo(entity.type).label, entity.type), ' ',
        el('span', { class: 'count' }, `${plural(entity.articleCount, 'article')} · ${plural(entity.mentionCount, 'mention')}`)),
      entity.aliases?.length ? el('p', {}, 'Named as: ', entity.aliases.join(', ')) : null,
      el('h3', {}, 'Latest articles'),
      el('ol', { class: 'articles' }, ...entity.latestArticles.map((a) => articleItem(a, false))));
  } catch (e) {
    detail.replaceChildren(el('p', { class: 'status error' }, `Not available: ${e.message}`));
  }
}

// ---------- the article view (GET /articles/{id}) ----------

let readerEntities = new Map();

async function openArticle(id) {
  const heading = $('reader-heading');
  const body = $('reader-body');
  body.replaceChildren(el('p', { class: 'hint' }, 'Loading…'));
  try {
    const article = await api(`articles/${encodeURIComponent(id)}`);
    const lang = langTag(article.language);
    readerEntities = new Map((article.entities || []).map((e) => [e.id, e]));
    heading.textContent = article.title || '(untitled)';
    if (lang) {
      heading.setAttribute('lang', lang);
    } else {
      heading.removeAttribute('lang');
    }
    const href = safeHref(article.url);
    const meta = el('p', { class: 'article-meta' },
      el('span', { title: 'Language' }, article.language || 'und'),
      el('span', { title: 'Source' }, article.source || 'unknown source'),
      timeEl(article.publishedAt || article.receivedAt),
      article.authors?.length ? el('span', { title: 'Authors' }, article.authors.join(', ')) : null,
      href ? el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, 'original') : null);
    const chips = el('ul', { class: 'chips', 'aria-label': 'People, places and organisations in this article' },
      ...sortedEntities(article).map((e) => el('li', {},
        chip(e.name, e.type, { type: 'button', dataset: { entity: e.id ?? '', type: e.type ?? '' } }, 'button'))));
    const text = el('div', { class: 'article-text', lang, id: 'article-text' });
    text.append(renderText(article, readerEntities, bodyStart(article)));
    const quoteCount = (article.quotes || []).length;
    body.replaceChildren(meta, chips,
      el('p', { class: 'meta' }, `${plural((article.entities || []).length, 'entity').replace('entitys', 'entities')}, ${plural(quoteCount, 'quote')}`),
      text);
    body.dataset.articleId = article.id;
    heading.focus();
  } catch (e) {
    heading.textContent = 'Article';
    body.replaceChildren(el('p', { class: 'status error' },
      e.status === 404 ? 'No such article (it may not be stored yet).' : `Not available: ${e.message}`));
  }
}

function route() {
  const match = /^#\/article\/([^/]+)$/.exec(location.hash);
  if (match) {
    openArticle(decodeURIComponent(match[1]));
  }
}

// ---------- the API key (only when reads are protected) ----------

function askForKey(detail) {
  const details = $('api-key');
  details.open = true;
  $('key-message').textContent = `This service asks for an API key to read: ${detail}`;
}

function reloadAll() {
  loadStats();
  loadFeed().catch((e) => setStatus('feed-status', `Articles not available: ${e.message}`, true));
  connectStream();
  route();
}

// ---------- wiring ----------

function onEntityActivate(event) {
  const target = event.target.closest('[data-entity], [data-entity-id]');
  if (!target) {
    return;
  }
  if (event.type === 'keydown') {
    if (event.key !== 'Enter' && event.key !== ' ') {
      return;
    }
    if (target.tagName === 'BUTTON') {
      return; // a button turns Enter and Space into a click itself
    }
    event.preventDefault();
  }
  if (target.dataset.entityId) {
    showEntity(target.dataset.entityId);
  } else {
    const entity = readerEntities.get(target.dataset.entity);
    if (entity) {
      showEntity(entity);
    }
  }
}

function start() {
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const q = $('search-input').value.trim();
    if (!q) {
      return;
    }
    search = { q, sort: $('search-relevance').checked ? 'relevance' : undefined, cursor: undefined, found: 0 };
    $('search-results').replaceChildren();
    $('search-more').hidden = true;
    runSearch();
  });
  $('search-more').addEventListener('click', () => search && runSearch());
  $('entity-form').addEventListener('submit', findEntities);
  $('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const key = $('key-input').value.trim();
    if (key) {
      sessionStorage.setItem(KEY_STORAGE, key);
    }
    $('key-input').value = '';
    $('key-message').textContent = 'Key kept for this browser tab only.';
    reloadAll();
  });
  $('key-clear').addEventListener('click', () => {
    sessionStorage.removeItem(KEY_STORAGE);
    $('key-message').textContent = 'Key forgotten.';
  });
  $('entity-panel-close').addEventListener('click', () => {
    $('entity-panel').hidden = true;
    $('reader-heading').focus();
  });
  for (const area of [$('reader-body'), $('top-entities'), $('top-speakers'), $('entity-results'), $('entity-detail')]) {
    area.addEventListener('click', onEntityActivate);
    area.addEventListener('keydown', onEntityActivate);
  }
  window.addEventListener('hashchange', route);
  setInterval(loadStats, 60000);
  reloadAll();
}

start();
