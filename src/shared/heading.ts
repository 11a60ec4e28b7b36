import { html, nothing, type TemplateResult } from 'lit';

/** What a heading carries besides its content. */
export interface HeadingOptions {
  part: string;
  id?: string;
  /** `-1` for a heading that receives focus by script (a posting opened through a link). */
  tabindex?: string;
}

/**
 * A real heading element (`<h1>`–`<h6>`) at `level` (clamped to 1–6), so the page's outline and screen readers'
 * heading navigation see it. Lit cannot bind a tag name, hence one template per level.
 */
export function heading(level: number, content: unknown, { part, id, tabindex }: HeadingOptions): TemplateResult {
  const i = id ?? nothing;
  const t = tabindex ?? nothing;
  switch (Math.min(Math.max(Math.round(level) || 2, 1), 6)) {
    case 1:
      return html`<h1 part=${part} id=${i} tabindex=${t}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${i} tabindex=${t}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${i} tabindex=${t}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${i} tabindex=${t}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${i} tabindex=${t}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${i} tabindex=${t}>${content}</h6>`;
  }
}
