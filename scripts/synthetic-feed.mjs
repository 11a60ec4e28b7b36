/**
 * A deterministic synthetic feed of N postings with realistic shape (3 sections, paragraphs and nested bullets,
 * several departments and cities), for the benchmark and scale tests. Same N, same feed, every time.
 */
const WORDS = (
  'network engineer trading latency systems data platform operations manager analyst developer senior lead ' +
  'infrastructure market exchange client support service delivery project security cloud linux routing ' +
  'monitoring automation python release incident change capacity vendor hardware software storage finance ' +
  'compliance risk quality testing design architecture integration migration customer reporting budget team'
).split(' ');
const CITIES = [
  ['New York', 'NY', 'US'], ['Chicago', 'IL', 'US'], ['Singapore', undefined, 'SG'], ['London', undefined, 'GB'],
  ['Zürich', undefined, 'CH'], ['São Paulo', 'SP', 'BR'], ['Tokyo', undefined, 'JP'], ['Sydney', 'NSW', 'AU'],
  ['Frankfurt', 'HE', 'DE'], ['Toronto', 'ON', 'CA'], ['Mumbai', 'MH', 'IN'], ['Hong Kong', undefined, 'HK'],
];
const TYPES = ['full-time', 'full-time', 'full-time', 'part-time', 'contract', 'internship'];
const WORKPLACES = ['on-site', 'on-site', 'hybrid', 'remote'];

export function syntheticFeed(count = 10_000, { departments: departmentCount = 40 } = {}) {
  let seed = 42;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = (list) => list[Math.floor(random() * list.length)];
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = (n) => {
    const text = words(n);
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const departments = Array.from({ length: departmentCount }, (_, i) => ({ id: `department-${i}`, name: `${sentence(2).slice(0, -1)} ${i}` }));
  const postings = Array.from({ length: count }, (_, i) => {
    const [city, region, country] = pick(CITIES);
    const day = String(1 + (i % 28)).padStart(2, '0');
    return {
      id: `posting-${i}`,
      title: `${sentence(3).slice(0, -1)} ${i}`,
      department: departments[i % departments.length].id,
      locations: [{ city, ...(region ? { region } : {}), country }],
      corporateTitle: pick(['Associate', 'Vice President', 'AVP or below', 'Director']),
      employmentType: pick(TYPES),
      workplace: pick(WORKPLACES),
      posted: `2026-${pick(['09', '10', '11'])}-${day}`,
      summary: `${sentence(14)} ${sentence(10)}`,
      sections: [
        { heading: 'Purpose of the role', blocks: [{ type: 'paragraph', text: `${sentence(25)} ${sentence(20)}` }] },
        {
          heading: 'Responsibilities',
          blocks: [{ type: 'list', items: Array.from({ length: 8 }, () => ({ text: sentence(12) })) }],
        },
        {
          heading: 'Skills',
          blocks: [
            {
              type: 'list',
              items: Array.from({ length: 6 }, (_, n) => ({
                text: sentence(10),
                ...(n === 0 ? { items: [{ text: sentence(5) }, { text: sentence(5) }] } : {}),
              })),
            },
          ],
        },
      ],
    };
  });
  return { version: 1, organization: { name: 'Synthetic Trading', email: 'jobs@synthetic.example' }, departments, postings };
}
