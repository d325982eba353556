import type { z } from 'zod';
import { activitiesContract } from './contracts/activities';
import { agreementsContract } from './contracts/agreements';
import { dashboardContract } from './contracts/dashboard';
import { draftsContract } from './contracts/drafts';
import { memberPackContract } from './contracts/member-pack';
import { networkContract } from './contracts/network';
import { oneToOnesContract } from './contracts/one-to-ones';
import { privacyContract } from './contracts/privacy';
import { recognitionContract } from './contracts/recognition';
import { registrationContract } from './contracts/registration';
import { skillsContract } from './contracts/skills';
import { systemContract } from './contracts/system';
import { teamContract } from './contracts/team';

/**
 * The one contract between renderer and main process: every `domain:verb`
 * channel with the schema of what goes in and what comes out. Both transports
 * (Electron IPC and the loopback web bridge) serve exactly these channels.
 * Each domain declares its channels in contracts/<domain>.ts.
 */
export const contract = {
  ...systemContract,
  ...teamContract,
  ...skillsContract,
  ...registrationContract,
  ...oneToOnesContract,
  ...activitiesContract,
  ...agreementsContract,
  ...recognitionContract,
  ...privacyContract,
  ...dashboardContract,
  ...draftsContract,
  ...networkContract,
  ...memberPackContract,
};

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export const domainOf = (channel: string): string => channel.slice(0, channel.indexOf(':'));

export const DOMAINS = Array.from(new Set(CHANNELS.map(domainOf)));

export { isChangeEvent, type ChangeEvent } from './change-events';
