// An article's text with its entity mentions and quotes marked up, built with DOM calls only (text nodes
// for everything that came from the article, so markup inside an article is shown, never run).
//
// Offsets in the enriched article are Unicode CODE POINTS into `text`, end exclusive. JavaScript strings
// are UTF-16: an emoji (two code units) before a name would shift every highlight after it by one if the
// offsets were used on the string directly. So the text is split into code points first.

/** Entity types of the contract: a label for people and the CSS class suffix (never taken from data). */
export const TYPES = {
  PERSON: { label: 'Person', short: 'PER', css: 'person' },
  LOCATION: { label: 'Place', short: 'LOC', css: 'location' },
  ORGANIZATION: { label: 'Organisation', short: 'ORG', css: 'organization' },
};

export function typeInfo(type) {
  return TYPES[type] || { label: 'Entity', short: 'ENT', css: 'other' };
}

/** Mentions and quotes with offsets inside the text, clamped; anything malformed is left out. */
function spans(article, length, from) {
  const valid = (start, end) => Number.isInteger(start) && Number.isInteger(end) && start >= from && start < end && end <= length;
  const mentions = [];
  for (const entity of article.entities || []) {
    for (const mention of entity.mentions || []) {
      if (valid(mention.start, mention.end)) {
        mentions.push({ start: mention.start, end: mention.end, entity });
      }
    }
  }
  const quotes = [];
  (article.quotes || []).forEach((quote, index) => {
    if (valid(quote.start, quote.end)) {
      quotes.push({ start: quote.start, end: quote.end, quote, index });
    }
  });
  return { mentions, quotes };
}

/**
 * The text from code point `from` on as a DocumentFragment: <mark class="mention m-TYPE"> around each mention, <span class="quote">
 * around each quote followed by its speaker. Overlaps are cut at every span boundary; a segment belongs to
 * the innermost (shortest) mention covering it.
 */
export function renderText(article, entityById, from = 0) {
  const codePoints = Array.from(article.text || '');
  const { mentions, quotes } = spans(article, codePoints.length, from);
  const cuts = new Set([Math.min(from, codePoints.length), codePoints.length]);
  for (const s of [...mentions, ...quotes]) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  let quoteEl = null;
  let currentQuote = null;
  let markEl = null;
  let currentMention = null;

  const closeQuote = () => {
    if (currentQuote) {
      fragment.append(speakerTag(currentQuote.quote, entityById));
    }
  };

  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i];
    const b = bounds[i + 1];
    const quote = quotes.find((q) => q.start <= a && b <= q.end) || null;
    let mention = null;
    for (const m of mentions) {
      if (m.start <= a && b <= m.end && (!mention || m.end - m.start < mention.end - mention.start)) {
        mention = m;
      }
    }
    if (quote !== currentQuote) {
      closeQuote();
      currentQuote = quote;
      currentMention = null;
      markEl = null;
      quoteEl = quote ? quoteSpan(quote.quote) : null;
      if (quoteEl) {
        fragment.append(quoteEl);
      }
    }
    const parent = quoteEl || fragment;
    if (mention !== currentMention) {
      currentMention = mention;
      markEl = mention ? mentionMark(mention.entity) : null;
      if (markEl) {
        parent.append(markEl);
      }
    }
    (markEl || parent).append(document.createTextNode(codePoints.slice(a, b).join('')));
  }
  closeQuote();
  return fragment;
}

/**
 * Where the article's body starts in its text (code points): after the title line and the blank lines that
 * follow it, when the text starts with the title (plain-text articles do); the reader shows the title as its
 * heading, so it is not shown twice.
 */
export function bodyStart(article) {
  const codePoints = Array.from(article.text || '');
  const title = Array.from(article.title || '');
  if (!title.length || codePoints.slice(0, title.length).join('') !== title.join('')) {
    return 0;
  }
  let at = title.length;
  while (at < codePoints.length && /\s/u.test(codePoints[at])) {
    at++;
  }
  return at;
}

function mentionMark(entity) {
  const info = typeInfo(entity.type);
  const mark = document.createElement('mark');
  mark.className = `mention m-${info.css}`;
  mark.dataset.entity = entity.id ?? '';
  mark.dataset.type = entity.type ?? '';
  mark.title = `${info.label}: ${entity.name ?? ''} (click for other articles)`;
  mark.tabIndex = 0;
  mark.setAttribute('role', 'button');
  return mark;
}

function quoteSpan(quote) {
  const span = document.createElement('span');
  span.className = 'quote';
  const name = quote.speaker?.name;
  if (name) {
    span.dataset.speaker = name;
  }
  span.title = name ? `Quote: ${name}` : 'Quote (speaker unknown)';
  return span;
}

function speakerTag(quote, entityById) {
  const tag = document.createElement('span');
  tag.className = 'speaker-tag';
  const hidden = document.createElement('span');
  hidden.className = 'visually-hidden';
  hidden.textContent = 'said by ';
  tag.append(hidden, document.createTextNode(quote.speaker?.name || 'unknown speaker'));
  const entity = quote.speaker?.entityId ? entityById.get(quote.speaker.entityId) : null;
  if (entity) {
    tag.dataset.entity = entity.id;
    tag.dataset.type = entity.type ?? '';
    tag.tabIndex = 0;
    tag.setAttribute('role', 'button');
    tag.title = `${typeInfo(entity.type).label}: ${entity.name ?? ''} (click for other articles)`;
  }
  return tag;
}
