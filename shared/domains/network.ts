import { z } from 'zod';
import { sessionHours } from './activities';
import { id, isoDate, optionalText, requiredText } from './common';

/**
 * The regional shadowing and skills network (issue #20): what a service shares
 * with the region's PostgreSQL database. Names of staff and individual ratings
 * never appear in any of these shapes.
 */

export const SECTORS = ['public', 'health', 'academic', 'school', 'special', 'other'] as const;
export const TLS_MODES = ['disable', 'require', 'verify-full'] as const;
/** A coverage group smaller than this is never published; a service may only raise it. */
export const MIN_GROUP_SIZE = 5;
/** Levels a coverage count is kept per (the default 0–4 scale). */
export const COVERAGE_LEVELS = [0, 1, 2, 3, 4] as const;

const sectionCode = z.string().trim().min(1, 'is required').max(20, 'must be at most 20 characters');

export const hostContact = z
  .object({
    name: requiredText(200),
    role: optionalText(200),
    email: z.union([z.literal(''), z.email('must be an email address')]),
    /** Only contacts who agreed to be listed are ever published. */
    agreed: z.boolean(),
  })
  .strict();
export type HostContact = z.infer<typeof hostContact>;

export const offerInput = z
  .object({
    summary: optionalText(2000),
    sections: z.array(sectionCode).min(1, 'must name at least one PKSB section').max(30, 'must list at most 30 sections'),
    roles: z.array(requiredText(120)).max(30, 'must list at most 30 job roles'),
    inPerson: z.boolean(),
    virtual: z.boolean(),
    contacts: z.array(hostContact).max(20, 'must list at most 20 contacts'),
    availability: optionalText(2000),
  })
  .strict()
  .refine((o) => o.inPerson || o.virtual, { message: 'must offer in-person or virtual visits (or both)', path: ['inPerson'] })
  .refine((o) => o.contacts.some((c) => c.agreed), { message: 'must list at least one host contact who agreed to be listed', path: ['contacts'] });
export type OfferInput = z.infer<typeof offerInput>;

export const offer = z.object({
  status: z.enum(['published', 'withdrawn']),
  summary: z.string(),
  sections: z.array(z.string()),
  roles: z.array(z.string()),
  inPerson: z.boolean(),
  virtual: z.boolean(),
  contacts: z.array(hostContact),
  availability: z.string(),
  updatedAt: z.string(),
});
export type Offer = z.infer<typeof offer>;

export const connectInput = z
  .object({
    serviceName: requiredText(200),
    region: requiredText(100),
    sector: z.enum(SECTORS, { message: 'must be one of the library sectors' }),
    /** '' keeps the stored one (desktop) or uses WORKBENCH_NETWORK_URL (web). Never echoed back. */
    connectionString: z
      .string()
      .trim()
      .max(2000, 'must be at most 2000 characters')
      .refine((s) => s === '' || /^postgres(ql)?:\/\//.test(s), { message: 'must start with postgresql://' }),
    tlsMode: z.enum(TLS_MODES, { message: 'must be disable, require or verify-full' }),
    tlsCa: optionalText(20000),
  })
  .strict();
export type ConnectInput = z.infer<typeof connectInput>;

export const coverageInput = z
  .object({
    share: z.boolean(),
    minGroupSize: z.number().int('must be a whole number').min(MIN_GROUP_SIZE, `must be at least ${MIN_GROUP_SIZE}`).max(100, 'must be at most 100'),
  })
  .strict();

/** One PKSB section's anonymised counts: people at each level, only for groups at or above the minimum size. */
export const coverageSection = z.object({ section: z.string(), groupSize: z.number().int(), counts: z.array(z.number().int()) });
export type CoverageSection = z.infer<typeof coverageSection>;
export const coveragePreview = z.object({
  published: z.array(coverageSection),
  /** Sections held back because too few people are rated in them (no counts shown). */
  withheld: z.array(z.string()),
  minGroupSize: z.number().int(),
});

export const networkStatus = z.object({
  configured: z.boolean(),
  enabled: z.boolean(),
  serviceName: z.string(),
  region: z.string(),
  sector: z.string(),
  tlsMode: z.enum(TLS_MODES),
  /** Where the connection string comes from; the string itself never leaves the main process. */
  credentialSource: z.enum(['keychain', 'session', 'environment', 'none']),
  pending: z.number().int(),
  lastPublishedAt: z.string().nullable(),
  lastError: z.string(),
  shareCoverage: z.boolean(),
  minGroupSize: z.number().int(),
  offer: offer.nullable(),
});
export type NetworkStatus = z.infer<typeof networkStatus>;

export const checkResult = z.object({
  state: z.enum(['not-configured', 'offline', 'online', 'incompatible']),
  message: z.string(),
  serverVersion: z.number().int().nullable(),
});
export type CheckResult = z.infer<typeof checkResult>;

export const hostSearchInput = z
  .object({
    section: optionalText(20),
    role: optionalText(120),
    sector: z.union([z.literal(''), z.enum(SECTORS)]),
    region: optionalText(100),
    virtualOnly: z.boolean(),
  })
  .strict();
export type HostSearchInput = z.infer<typeof hostSearchInput>;

export const hostResult = z.object({
  serviceId: z.string(),
  serviceName: z.string(),
  region: z.string(),
  sector: z.string(),
  own: z.boolean(),
  summary: z.string(),
  sections: z.array(z.string()),
  roles: z.array(z.string()),
  inPerson: z.boolean(),
  virtual: z.boolean(),
  contacts: z.array(hostContact),
  availability: z.string(),
});
export type HostResult = z.infer<typeof hostResult>;

export const regionCoverageInput = z.object({ region: optionalText(100) }).strict();
export const regionCoverageRow = z.object({
  section: z.string(),
  services: z.number().int(),
  people: z.number().int(),
  /** People at level 3 or above across the services that publish. */
  atLevel3Plus: z.number().int(),
});

export const planVisitInput = z
  .object({
    memberId: id,
    hostLibrary: requiredText(200),
    hostPerson: optionalText(200),
    mode: z.enum(['in_person', 'virtual'], { message: 'must be in person or virtual' }),
    visitOn: isoDate,
    // The same rule as any shadowing visit (quarter hours, at most 24).
    hours: sessionHours,
    objectives: optionalText(4000),
  })
  .strict();
export type PlanVisitInput = z.infer<typeof planVisitInput>;
