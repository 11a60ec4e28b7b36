/**
 * The bundler recipe, resolved by the package's name through package.json `exports` (to dist/: `npm test` builds
 * first), as an app's bundler would.
 */
import { expect } from '@open-wc/testing';
import 'careers-widgets/define.js';
import { ApplyFormElement, JobCardElement, JobListElement } from 'careers-widgets';
import { checkExamplePage } from './shared.js';

describe('bundler recipe (careers-widgets/define.js, careers-widgets)', () => {
  it('registers the default tags with the classes the package exports', () => {
    expect(customElements.get('job-list')).to.equal(JobListElement);
    expect(customElements.get('job-card')).to.equal(JobCardElement);
    expect(customElements.get('apply-form')).to.equal(ApplyFormElement);
  });

  it('runs as the example page demo/frameworks/bundler.html', async function () {
    this.timeout(20000);
    await checkExamplePage('/demo/frameworks/bundler.html');
  });
});
