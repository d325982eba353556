import apprenticeship from '../../../../resources/agreement-templates/apprenticeship.json';
import graduate from '../../../../resources/agreement-templates/graduate-traineeship.json';
import placement from '../../../../resources/agreement-templates/work-placement.json';
import {
  NEW_CONTENT_DEFAULTS,
  template,
  templateContent,
  type Scheme,
  type Template,
  type TemplateContent,
} from '../../../../shared/domains/agreements';
import { z } from 'zod';
import type { createAgreementsSettingsRepo } from './repo';

type SettingsRepo = ReturnType<typeof createAgreementsSettingsRepo>;

/** The shipped templates, checked against the schema at load so a broken resource file fails loudly. */
const SHIPPED: Record<Scheme, Template> = {
  apprenticeship: template.parse({ ...apprenticeship, customised: false }),
  graduate_traineeship: template.parse({ ...graduate, customised: false }),
  work_placement: template.parse({ ...placement, customised: false }),
};

const storedTemplate = z.object({ durationWeeks: z.number().int(), content: templateContent });
const templateKey = (scheme: Scheme) => `agreements.template.${scheme}`;

export function createTemplates(settings: SettingsRepo) {
  const get = (scheme: Scheme): Template => {
    const shipped = SHIPPED[scheme];
    const raw = settings.get(templateKey(scheme));
    if (!raw) return shipped;
    const stored = JSON.parse(raw) as { durationWeeks?: unknown; content?: Record<string, unknown> };
    // Fields added since the template was saved read as empty; hours per week no longer come from a template.
    const { hoursPerWeek: _dropped, ...content } = stored.content ?? {};
    const parsed = storedTemplate.safeParse({ ...stored, content: { ...NEW_CONTENT_DEFAULTS, ...content } });
    // A saved template from an older format falls back to the shipped one rather than breaking "New agreement".
    return parsed.success ? { ...shipped, ...parsed.data, customised: true } : shipped;
  };
  return {
    get,
    list: () => (Object.keys(SHIPPED) as Scheme[]).map(get),
    save: (scheme: Scheme, durationWeeks: number, content: TemplateContent) => {
      settings.set(templateKey(scheme), JSON.stringify({ durationWeeks, content }));
      return get(scheme);
    },
    reset: (scheme: Scheme) => {
      settings.remove(templateKey(scheme));
      return get(scheme);
    },
  };
}
export type Templates = ReturnType<typeof createTemplates>;
