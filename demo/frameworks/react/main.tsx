import { createRoot } from 'react-dom/client';
// In an app: import 'careers-widgets/define.js'; (here the sources, so the page needs no build)
import '../../../src/define.ts';
import { JobBoard } from './JobBoard.tsx';

const feed = await (await fetch(new URL('../../postings.json', import.meta.url))).json();
createRoot(document.querySelector('#app')!).render(<JobBoard feed={feed} />);
