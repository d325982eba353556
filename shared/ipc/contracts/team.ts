import { z } from 'zod';
import {
  importPreview,
  importResult,
  member,
  memberInput,
  teamContractSchemas as team,
  teamImportInput,
  teamSettings,
} from '../../domains/team';
import { command, noInput, query, type ChannelDef } from '../define';

export const teamContract = {
  'team:list': query(team.listInput, z.array(member)),
  'team:get': query(team.byId, member),
  'team:create': command(memberInput, member),
  'team:update': command(team.updateInput, member),
  'team:archive': command(team.archiveInput, member),
  'team:restore': command(team.byId, member),
  'team:importPreview': query(teamImportInput, importPreview),
  'team:importCommit': command(teamImportInput, importResult),
  'team:exportCsv': query(team.listInput, team.exportedFile),
  'team:settings': query(noInput, teamSettings),
  'team:updateSettings': command(teamSettings, teamSettings),
} satisfies Record<string, ChannelDef>;
