// Markdown that grows (a streamed answer), drawn without redoing what is already drawn. Blocks that
// later text can no longer change are rendered once and kept as DOM; so are the finished items of a
// list that is still growing. Only the open end (the paragraph, code fence or list item being
// written) is lexed and rendered again on each draw. The result is the same DOM as
// markdownHtml(text) of the whole text, through the same marked and DOMPurify, and a long answer no
// longer costs its whole length on every frame; selection, focus and links in earlier blocks are
// left alone.
//
// A block is closed once a later block has begun on a complete line (CommonMark adds lines only to
// the last open block), and a paragraph, heading or table once a blank line follows it; a list
// item once the next item's line is complete. Text whose blocks do not render the same apart (raw
// HTML: a tag opened in one block shapes the next; a link definition: it changes links anywhere; a
// carriage return) is drawn whole, as before.

import { DOMPurify, marked } from '../libs.js';
import { markdownHtml } from './text.js';

/**
 * Draws growing Markdown into `body` (whose content it owns). `draw(text)` may be called with any
 * text; when it extends the text drawn before, only the open end is rendered again.
 */
export function growingMarkdown(body) {
  let text = '';
  /** How much of `text` is in closed blocks, drawn for good as the first `kept` children of body. */
  let closedAt = 0;
  let kept = 0;
  /**
   * The list that is the open block (it starts at closedAt), with its first `items` items drawn for
   * good in `node` (body's child after the kept ones): { node, items, length (of their text), loose }.
   */
  let list = null;
  /** Drawn whole from now on (text whose blocks cannot be drawn apart). */
  let whole = false;

  const restart = () => {
    closedAt = 0;
    kept = 0;
    list = null;
  };

  const drawWhole = (next) => {
    whole = true;
    restart();
    body.innerHTML = markdownHtml(next);
  };

  /** Removes what the last draw rendered of the open end. */
  const clearOpenEnd = () => {
    const keep = kept + (list ? 1 : 0);
    while (body.childNodes.length > keep) body.lastChild.remove();
    if (list) {
      while (list.node.childNodes.length > 2 * list.items + 1) list.node.lastChild.remove();
    }
  };

  const dropList = () => {
    list.node.remove();
    list = null;
  };

  /**
   * The blocks of `source` (text from closedAt, or from the list's first open item), with the open
   * list's items made loose when its drawn items are; null when the list must be drawn anew.
   */
  const lex = (source, options) => {
    const tokens = marked.lexer(source, options);
    if (!list) return tokens;
    const head = tokens[0];
    if (head?.type !== 'list' || head.ordered !== list.ordered || (head.loose && !list.loose)) return null;
    if (list.loose && !head.loose) {
      head.loose = true;
      for (const item of head.items) {
        item.loose = true;
        for (const token of item.tokens) if (token.type === 'text') token.type = 'paragraph';
      }
    }
    return tokens;
  };

  /** Draws `next`; `keepItems` false: this once, no items of the open list are drawn for good. */
  const draw = (next, keepItems = true) => {
    if (whole || next.includes('\r', closedAt)) return drawWhole(next);
    clearOpenEnd();
    const options = { ...marked.defaults, async: false, gfm: true };
    let rest = next.slice(closedAt + (list ? list.length : 0));

    // The complete lines: their blocks but the last are closed, and so are the last one's items but its last.
    let open = null;
    const lineEnd = rest.lastIndexOf('\n') + 1;
    if (lineEnd > 0) {
      const lines = rest.slice(0, lineEnd);
      const tokens = lex(lines, options);
      if (!tokens) {
        dropList();
        return draw(next);
      }
      if (!apart(tokens)) return drawWhole(next);
      let last = tokens.length - 1;
      while (last >= 0 && tokens[last].type === 'space') last--;
      // Tokens before `end` are closed: all but the last block, or all once a blank line ends a block that cannot go on after one.
      const end = last >= 0 && ENDED_BY_BLANK_LINE.has(tokens[last].type) && /\n[ \t]*\n$/.test(lines) ? tokens.length : last;
      if (end > 0) {
        const closed = tokens.slice(0, end);
        const raw = closed.map((token) => token.raw).join('');
        if (!lines.startsWith(raw)) return drawWhole(next);
        let from = 0;
        if (list) {
          // The list ends here: its other items are drawn for good, then the line break after it.
          appendItems(list.node, closed[0], 0, closed[0].items.length, options);
          body.append('\n');
          closedAt += list.length;
          list = null;
          from = 1;
        }
        body.insertAdjacentHTML('beforeend', DOMPurify.sanitize(marked.parser(closed.slice(from), options)));
        closedAt += raw.length;
        kept = body.childNodes.length;
        rest = rest.slice(raw.length);
      }
      open = last >= 0 && end <= last ? tokens[last] : null;
    }

    // The open block's finished items (all but the last on complete lines) are drawn for good.
    const finished = open?.type === 'list' && keepItems ? open.items.slice(0, -1) : [];
    if (finished.length > 0) {
      const raw = finished.map((item) => item.raw).join('');
      if (rest.startsWith(raw)) {
        if (!list) {
          body.insertAdjacentHTML('beforeend', DOMPurify.sanitize(marked.parser([{ ...open, items: finished }], options)));
          while (body.childNodes.length > kept + 1) body.lastChild.remove(); // the line break after the list's end tag
          list = { node: body.childNodes[kept], items: 0, length: 0, loose: open.loose, ordered: open.ordered };
        } else {
          appendItems(list.node, open, 0, finished.length, options);
        }
        list.items += finished.length;
        list.length += raw.length;
        rest = rest.slice(raw.length);
      }
    }

    // The open end, drawn again each time.
    const tokens = lex(rest, options);
    if (!tokens) {
      // The line being written makes the list other than its complete lines did (looser, or ended).
      dropList();
      return draw(next, false);
    }
    if (!apart(tokens)) return drawWhole(next);
    if (!list) {
      body.insertAdjacentHTML('beforeend', DOMPurify.sanitize(marked.parser(tokens, options)));
      return;
    }
    appendItems(list.node, tokens[0], 0, tokens[0].items.length, options);
    body.insertAdjacentHTML('beforeend', `\n${DOMPurify.sanitize(marked.parser(tokens.slice(1), options))}`);
  };

  return {
    draw(next) {
      next = String(next ?? '');
      if (!next.startsWith(whole ? text : text.slice(0, closedAt + (list ? list.length : 0)))) {
        whole = false;
        body.replaceChildren();
        restart();
      }
      text = next;
      draw(next);
    },
  };
}

/** Blocks that a blank line ends (a list item, a quote, a code block can go on after one). */
const ENDED_BY_BLANK_LINE = new Set(['paragraph', 'heading', 'table', 'hr']);

/** Appends the items `from` to `to` of `list` (a token), rendered as in the whole list, to its list element. */
function appendItems(node, list, from, to, options) {
  if (from >= to) return;
  const scratch = document.createElement('div');
  scratch.innerHTML = DOMPurify.sanitize(marked.parser([{ ...list, items: list.items.slice(from, to) }], options));
  const rendered = scratch.firstChild;
  rendered.firstChild.remove(); // the line break after the start tag, which the list element has already
  node.append(...rendered.childNodes);
}

/**
 * Whether these blocks render the same apart as within the whole text: not if any has raw HTML or
 * defines a link.
 */
function apart(tokens) {
  if (tokens.links && Object.keys(tokens.links).length > 0) return false;
  let ok = true;
  marked.walkTokens(tokens, (token) => {
    if (token.type === 'html' || token.type === 'def') ok = false;
  });
  return ok;
}
