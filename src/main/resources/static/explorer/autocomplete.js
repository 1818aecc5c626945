// A combobox over GET /api/search?mode=autocomplete (WAI-ARIA 1.2 combobox with a listbox popup).
// Arrow keys move, Enter chooses (or submits the text when nothing is highlighted), Escape closes.
import { api, el, debounce, t } from './util.js';

let counter = 0;

/**
 * @param input      the <input>
 * @param listId     id for the <ul role=listbox> created after the input
 * @param onChoose   (hit) => void, hit = {id, label, type, typeLabel}
 * @param onSubmit   (text) => void, Enter without a highlighted suggestion (optional)
 */
export function autocomplete(input, { listId, onChoose, onSubmit }) {
  const list = el('ul', { id: listId || `ac-${++counter}`, role: 'listbox', class: 'suggestions', hidden: true });
  input.after(list);
  const wrapper = input.parentElement;
  wrapper.classList.add('combo');
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('autocomplete', 'off');

  let hits = [];
  let active = -1;
  let controller = null;
  let lastQuery = '';

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(i) {
    const items = list.querySelectorAll('[role=option]');
    items.forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    active = i;
    if (i >= 0 && items[i]) {
      input.setAttribute('aria-activedescendant', items[i].id);
      items[i].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function choose(i) {
    const hit = hits[i];
    if (!hit) return;
    close();
    input.value = hit.label;
    input.dataset.id = hit.id;
    onChoose(hit);
  }

  function render() {
    list.replaceChildren(...hits.map((hit, i) => el('li', {
      id: `${list.id}-opt-${i}`, role: 'option', 'aria-selected': 'false',
      'data-testid': 'suggestion', 'data-id': hit.id,
      onmousedown: (e) => { e.preventDefault(); choose(i); },
    }, el('span', { class: 'label' }, hit.label), ' ', el('span', { class: `type t-${hit.type}` }, hit.typeLabel))));
    if (hits.length === 0 && lastQuery) {
      list.append(el('li', { class: 'none', role: 'presentation' }, t('search.none')));
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  }

  const lookup = debounce(async () => {
    const q = input.value.trim();
    if (q.length < 2) { hits = []; close(); return; }
    controller?.abort();
    controller = new AbortController();
    try {
      const answer = await api('/api/search', { q, mode: 'autocomplete', limit: 10 }, { signal: controller.signal });
      if (input.value.trim() !== q) return;
      lastQuery = q;
      hits = answer.hits || [];
      render();
    } catch (e) {
      if (e.name !== 'AbortError') { hits = []; close(); }
    }
  }, 150);

  input.addEventListener('input', () => { delete input.dataset.id; lookup(); });
  input.addEventListener('keydown', (e) => {
    const open = !list.hidden && hits.length > 0;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) { lookup(); return; }
      highlight(active + 1 >= hits.length ? 0 : active + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (open) highlight(active <= 0 ? hits.length - 1 : active - 1);
    } else if (e.key === 'Enter') {
      if (open && active >= 0) { e.preventDefault(); choose(active); }
      else if (onSubmit) { e.preventDefault(); close(); onSubmit(input.value.trim()); }
    } else if (e.key === 'Escape') {
      if (!list.hidden) { e.preventDefault(); close(); }
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return { close, set(id, label) { input.value = label || id || ''; if (id) input.dataset.id = id; else delete input.dataset.id; } };
}

/** A labelled picker (label + input + suggestions) inside container; returns {input, set}. */
export function picker(container, { inputId, labelKey, onChoose }) {
  const input = el('input', { id: inputId, type: 'text', spellcheck: 'false' });
  const label = el('label', { for: inputId, 'data-i18n': labelKey }, t(labelKey));
  const box = el('div', { class: 'combo' }, input);
  container.replaceChildren(label, box);
  const ac = autocomplete(input, { listId: `${inputId}-suggestions`, onChoose });
  return { input, set: ac.set };
}
