// A tiny element builder. Text is always set as text, never parsed as HTML.

type Child = Node | string | null | undefined | false;
export interface Props {
  className?: string;
  id?: string;
  text?: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>;
  dataset?: Record<string, string>;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, children: Child[] = []): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.id) element.id = props.id;
  if (props.text !== undefined) element.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [name, value] of Object.entries(props.dataset ?? {})) element.dataset[name] = value;
  for (const [name, handler] of Object.entries(props.on ?? {})) if (handler) element.addEventListener(name, handler);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

export function button(label: string, onClick: () => void, props: Props = {}): HTMLButtonElement {
  const element = el('button', { ...props, attrs: { type: 'button', ...(props.attrs ?? {}) } }, [label]);
  element.addEventListener('click', onClick);
  return element;
}

export function clear(element: Element): void {
  element.replaceChildren();
}
