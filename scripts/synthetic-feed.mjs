/**
 * A deterministic synthetic feed of N postings shaped like a real careers feed, for the benchmark and scale checks:
 * 30 departments, 200 locations (cities in 40 countries, some with regions), bodies of 3-6 KB of text per posting
 * (a purpose paragraph, responsibilities, requirements with nested bullets, a benefits paragraph) drawn from a
 * vocabulary of ~6,000 words (a few hundred common ones, most of the rest rare), so a search index holds as many
 * distinct words as a real feed's. Same N, same feed, every time.
 */
const COMMON = (
  'the and for with our you will team work build support client customer data platform systems service product ' +
  'design develop deliver manage lead senior junior engineer analyst manager specialist operations network trading ' +
  'latency market exchange security cloud linux python java sql reporting finance compliance risk quality testing ' +
  'architecture integration migration project release incident change capacity vendor hardware software storage ' +
  'experience years strong knowledge skills ability communication stakeholders across global region office remote ' +
  'hybrid travel growth learning benefits pension health insurance holiday bonus equity flexible hours culture ' +
  'inclusive diverse mission values responsible ownership collaborate improve automate monitor scale secure reliable ' +
  'performance availability roadmap strategy planning budget forecast audit policy process documentation training'
).split(' ');
const SYLLABLES = 'ka lo mi ne ru sa ti vo ze pa dri fen gal hor jun kel mar nor pel quin ros sul tav ver wil xan yor zel bru cam dex'.split(' ');
const COUNTRIES = 'US GB DE FR NL CH SG JP AU CA IN HK BR ES IT SE NO DK FI IE PL CZ AT BE PT MX AR CL ZA AE IL KR TW NZ TR RO HU GR LU PH'.split(' ');
const REGIONAL = new Set(['US', 'CA', 'AU', 'BR', 'IN', 'DE', 'MX']);
const TYPES = ['full-time', 'full-time', 'full-time', 'part-time', 'contract', 'internship', 'temporary'];
const WORKPLACES = ['on-site', 'on-site', 'hybrid', 'remote'];
const TITLES = ['Associate', 'Vice President', 'AVP or below', 'Director', 'Analyst'];

export function syntheticFeed(count = 10_000, { departments: departmentCount = 30, locations: locationCount = 200 } = {}) {
  let seed = 42;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const coin = () => random() < 0.5;
  const capital = (word) => `${word[0].toUpperCase()}${word.slice(1)}`;
  const invent = (syllables) => Array.from({ length: syllables }, () => pick(SYLLABLES)).join('');

  const rare = [...new Set(Array.from({ length: 7000 }, () => invent(2 + Math.floor(random() * 3))))].slice(0, 5600);
  // Common words make up about 70% of the text, as in real postings; the rest spreads over the rare ones.
  const word = () => (random() < 0.7 ? pick(COMMON) : pick(rare));
  const words = (n) => Array.from({ length: n }, word).join(' ');
  const sentence = (n) => `${capital(words(n))}.`;
  const paragraph = (sentences) => Array.from({ length: sentences }, () => sentence(8 + Math.floor(random() * 12))).join(' ');

  const departments = Array.from({ length: departmentCount }, (_, i) => ({ id: `department-${i}`, name: `${capital(pick(COMMON))} ${capital(invent(2))} ${i}` }));
  const locations = Array.from({ length: locationCount }, (_, i) => {
    const country = COUNTRIES[i % COUNTRIES.length];
    return { city: `${capital(invent(2 + (i % 2)))}${i % 7 === 0 ? ' City' : ''}`, ...(REGIONAL.has(country) ? { region: invent(1).toUpperCase() } : {}), country };
  });

  const postings = Array.from({ length: count }, (_, i) => {
    const day = String(1 + (i % 28)).padStart(2, '0');
    // 3-6 KB of body text: the bulk in the responsibilities and requirements lists.
    const target = 3000 + Math.floor(random() * 3000);
    const sections = [
      { heading: 'Purpose of the role', blocks: [{ type: 'paragraph', text: paragraph(4) }] },
      { heading: 'Responsibilities', blocks: [{ type: 'list', items: [] }] },
      { heading: 'Requirements', blocks: [{ type: 'list', items: [] }] },
      { heading: 'What we offer', blocks: [{ type: 'paragraph', text: paragraph(3) }] },
    ];
    let size = sections[0].blocks[0].text.length + sections[3].blocks[0].text.length;
    for (let n = 0; size < target; n++) {
      const item = { text: sentence(10 + Math.floor(random() * 10)), ...(n % 5 === 4 ? { items: [{ text: sentence(6) }, { text: sentence(6) }] } : {}) };
      size += item.text.length + (item.items ? item.items[0].text.length + item.items[1].text.length : 0);
      sections[1 + (n % 2)].blocks[0].items.push(item);
    }
    const where = [pick(locations), ...(random() < 0.15 ? [pick(locations)] : [])];
    return {
      id: `posting-${i}`,
      title: `${capital(word())} ${capital(word())} ${pick(['Engineer', 'Analyst', 'Manager', 'Developer', 'Specialist', 'Lead'])} ${i}`,
      department: departments[i % departments.length].id,
      locations: where,
      corporateTitle: pick(TITLES),
      employmentType: pick(TYPES),
      workplace: pick(WORKPLACES),
      posted: `2026-${pick(['09', '10', '11'])}-${day}`,
      ...(coin() ? { closes: `2027-${pick(['01', '02', '03'])}-${day}` } : {}),
      summary: `${sentence(14)} ${sentence(10)}`,
      sections,
    };
  });
  return { version: 1, organization: { name: 'Synthetic Trading', email: 'jobs@synthetic.example' }, departments, postings };
}
