// Shared helpers: DOM building, the current language, API calls, lazy loading of vendor files.
import { STRINGS } from './i18n.js';

export const state = { lang: 'ru' };

export function t(key) {
  const table = STRINGS[state.lang] || STRINGS.ru;
  return table[key] ?? STRINGS.ru[key] ?? key;
}

/** el('a', {href: '…', class: 'x'}, 'text', child…): strings become text nodes, never HTML. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** GET /api/… with lang=en when English is chosen; answers parsed JSON. */
export async function api(path, params = {}, { signal } = {}) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, v);
  }
  url.searchParams.set('lang', state.lang); // explicit: the browser's Accept-Language must not decide
  const response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* not JSON */ }
    throw new ApiError(response.status, problem);
  }
  return response.json();
}

/** Entity ids are "kind/slug"; /api/entities/kind/slug. */
export function idPath(id) {
  return id.split('/').map(encodeURIComponent).join('/');
}

const loaded = new Map();
export function loadScript(src) {
  if (!loaded.has(src)) {
    loaded.set(src, new Promise((resolve, reject) => {
      const s = el('script', { src });
      s.onload = resolve;
      s.onerror = () => reject(new Error(`cannot load ${src}`));
      document.head.append(s);
    }));
  }
  return loaded.get(src);
}
export function loadCss(href) {
  if (!loaded.has(href)) {
    loaded.set(href, new Promise((resolve) => {
      const l = el('link', { rel: 'stylesheet', href });
      l.onload = resolve;
      l.onerror = resolve;
      document.head.append(l);
    }));
  }
  return loaded.get(href);
}

export function debounce(fn, ms) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

export function setStatus(text, kind = '') {
  const s = document.getElementById('status');
  s.textContent = text || '';
  s.className = `status ${kind}`;
}

export function errorText(e) {
  if (e instanceof ApiError && e.status === 404) return t('error.notFound');
  return `${t('error')}: ${e.message}`;
}
