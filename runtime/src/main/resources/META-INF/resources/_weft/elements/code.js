// Code blocks: the code as text at once, highlighted by highlight.js once it has loaded (it is in the
// import map but not preloaded: only a page with code fetches it), with a copy button.

import { el } from '../dom.js';
import { DOMPurify } from '../libs.js';
import { defineElement } from '../registry.js';

// Languages whose modules the client may load (highlight.js/languages/<name>.js), and common aliases.
const LANGUAGES = new Set(['bash', 'c', 'cpp', 'csharp', 'css', 'diff', 'dockerfile', 'go', 'graphql', 'groovy',
  'ini', 'java', 'javascript', 'json', 'kotlin', 'lua', 'makefile', 'markdown', 'objectivec', 'perl', 'php',
  'plaintext', 'properties', 'python', 'r', 'ruby', 'rust', 'scala', 'scss', 'shell', 'sql', 'swift',
  'typescript', 'xml', 'yaml']);
const ALIASES = { js: 'javascript', mjs: 'javascript', jsx: 'javascript', ts: 'typescript', py: 'python',
  sh: 'bash', zsh: 'bash', console: 'shell', html: 'xml', svg: 'xml', xhtml: 'xml', yml: 'yaml', kt: 'kotlin',
  rs: 'rust', rb: 'ruby', 'c++': 'cpp', cs: 'csharp', 'c#': 'csharp', md: 'markdown', docker: 'dockerfile',
  toml: 'ini', text: 'plaintext', txt: 'plaintext', gradle: 'groovy', golang: 'go' };

let core = null;
const loaded = new Map();

/** The language's highlight.js module name, or null if the client does not highlight it. */
function languageOf(name) {
  if (typeof name !== 'string') return null;
  const key = name.trim().toLowerCase();
  const language = ALIASES[key] ?? key;
  return LANGUAGES.has(language) ? language : null;
}

/** highlight.js with `language` registered. */
function highlighter(language) {
  core ??= import('highlight.js').then((module) => module.default);
  if (!loaded.has(language)) {
    loaded.set(language, core.then(async (hljs) => {
      const module = await import(`highlight.js/languages/${language}.js`);
      hljs.registerLanguage(language, module.default);
      return hljs;
    }));
  }
  return loaded.get(language);
}

defineElement('code', {
  render(element) {
    const text = String(element.code ?? '');
    const language = languageOf(element.language);
    const code = el('code', {}, text);
    const box = el('div', { class: 'weft-code', 'data-language': language ?? 'plaintext' });
    const copy = el('button', { type: 'button', class: 'weft-code-copy', title: 'Copy', 'aria-label': 'Copy code' }, 'Copy');
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(text);
        copy.textContent = 'Copied';
      } catch {
        copy.textContent = 'Press Ctrl+C';
        getSelection()?.selectAllChildren(code);
      }
      setTimeout(() => { copy.textContent = 'Copy'; }, 1500);
    });
    // Focusable: a long line (a phone) scrolls it sideways, with the arrow keys too.
    box.append(el('pre', { tabindex: '0' }, code), copy);
    if (language && language !== 'plaintext') {
      highlighter(language)
        .then((hljs) => {
          // highlight.js escapes the code; DOMPurify makes sure nothing but its spans gets through.
          code.innerHTML = DOMPurify.sanitize(hljs.highlight(text, { language, ignoreIllegals: true }).value);
          code.classList.add('hljs');
          box.dataset.highlighted = 'true';
        })
        .catch((e) => {
          console.warn(`[weft] could not highlight ${language}`, e);
          box.dataset.highlighted = 'false';
        });
    } else {
      box.dataset.highlighted = 'false';
    }
    return box;
  },
});
