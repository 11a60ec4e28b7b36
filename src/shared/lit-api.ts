/**
 * The part of Lit the lazily loaded script-tag file (the application form) uses. The first script hands these to
 * it rather than the form bringing a second copy of Lit: half the download, and a page enforcing Trusted Types
 * allows one `lit-html` policy only. A form module that imports anything else from Lit fails the build until the
 * name is added here.
 */
export { LitElement, css, html, nothing } from 'lit';
export { property, query, state } from 'lit/decorators.js';

/** Where the hand-over sits: a property of the `<script>` element that loads the form. */
export const LIT_HANDOVER = Symbol.for('careers-widgets.lit');
