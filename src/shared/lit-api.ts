/**
 * The part of Lit that the script tag's later files (the form above all) use: the first script hands exactly these
 * over (src/shared/handover.ts). A later file that imports anything else from Lit fails the build until the name
 * is added here.
 */
export { LitElement, css, html, nothing } from 'lit';
