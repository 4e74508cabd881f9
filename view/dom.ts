/** Building DOM from data without innerHTML, so names and quotes from articles can never become markup. */

export type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Children separated by `separator`: links in a sentence ("BBC › TASS"). */
export function joined(children: readonly Child[], separator: string): Child[] {
  return children.flatMap((child, i) => (i === 0 ? [child] : [separator, child]));
}
