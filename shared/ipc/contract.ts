import { z } from 'zod';
import { command, noInput, query, type ChannelDef } from './define';
import {
  importPreview,
  importResult,
  member,
  memberInput,
  teamContractSchemas as team,
  teamImportInput,
} from '../domains/team';
import { appStatus, backupInfo, chooseStartInput } from '../domains/system';

/**
 * The one contract between renderer and main process: every `domain:verb`
 * channel with the schema of what goes in and what comes out. Both transports
 * (Electron IPC and the loopback web bridge) serve exactly these channels.
 */
export const contract = {
  'system:status': query(noInput, appStatus),
  'system:chooseStart': command(chooseStartInput, appStatus),
  'system:listBackups': query(noInput, z.array(backupInfo)),

  'team:list': query(team.listInput, z.array(member)),
  'team:get': query(team.byId, member),
  'team:create': command(memberInput, member),
  'team:update': command(team.updateInput, member),
  'team:archive': command(team.archiveInput, member),
  'team:restore': command(team.byId, member),
  'team:importPreview': query(teamImportInput, importPreview),
  'team:importCommit': command(teamImportInput, importResult),
  'team:exportCsv': query(team.listInput, team.exportedFile),
} satisfies Record<string, ChannelDef>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export const domainOf = (channel: string): string => channel.slice(0, channel.indexOf(':'));

/** Events main pushes after a command succeeds, one per domain. */
export type ChangeEvent = `${string}:changed`;
export const isChangeEvent = (name: string): name is ChangeEvent => /^[a-z]+:changed$/.test(name);
