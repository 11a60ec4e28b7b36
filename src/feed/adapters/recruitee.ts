/**
 * Recruitee offers API: `GET https://{company}.recruitee.com/api/offers/`, `{ offers: [...] }`.
 *
 * - Offers whose `status` is not `published` are left out. `id` is the id, `company_name` the organization.
 * - `description` and `requirements` (HTML, the latter under its own heading); `department`;
 *   `employment_type_code` (`fulltime`, `parttime`, `contract`, `freelance`, `internship`, `fulltime_fixed_term`…);
 * - Locations: `locations[]` (`city`, `state`, `country_code`), else `city`/`state_name`/`country_code`;
 *   `remote`, `hybrid`, `on_site` flags (none set: no workplace). `published_at` (`2024-01-15 10:00:00 UTC`), `close_at` as the closing date.
 * - `salary` `{ min, max, currency, period }`. `careers_apply_url` (else `careers_url`) to apply.
 *   `tags`, `category_code`, `experience_code`, `education_code`, hours and the application options are dropped.
 */
import { FeedBuilder, list, object, place, text } from './common.js';

export function recruitee(data: unknown, feed: FeedBuilder): void {
  list(object(data).offers).forEach((value, index) => {
    const offer = object(value);
    if (text(offer.status) && offer.status !== 'published') return;
    feed.organization.name ??= text(offer.company_name);
    const locations = list(offer.locations).map((entry) => {
      const location = object(entry);
      return place(location.city, location.state ?? location.state_name, location.country_code ?? location.country);
    });
    if (!locations.length) locations.push(place(offer.city, offer.state_name ?? offer.state, offer.country_code ?? offer.country));
    feed.add(`offers[${index}]`, {
      id: offer.id ?? offer.slug,
      title: offer.title,
      department: offer.department,
      locations,
      // Only a flag that is set says where the work is: `remote: false` alone could still be hybrid.
      workplace: offer.remote === true ? 'remote' : offer.hybrid === true ? 'hybrid' : offer.on_site === true ? 'on-site' : undefined,
      employmentType: offer.employment_type_code,
      posted: offer.published_at ?? offer.created_at,
      closes: offer.close_at,
      html: offer.description,
      parts: [{ heading: feed.labels.requirements, html: offer.requirements }],
      salary: object(offer.salary).min !== undefined || object(offer.salary).max !== undefined ? object(offer.salary) : undefined,
      applyUrl: offer.careers_apply_url ?? offer.careers_url,
    });
  });
}
