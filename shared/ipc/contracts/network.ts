import { z } from 'zod';
import { shadowingVisit } from '../../domains/activities';
import {
  checkResult,
  connectInput,
  coverageInput,
  coveragePreview,
  hostResult,
  hostSearchInput,
  networkStatus,
  offerInput,
  planVisitInput,
  regionCoverageInput,
  regionCoverageRow,
} from '../../domains/network';
import { command, noInput, query, type ChannelDef } from '../define';

/** The regional shadowing and skills network on the region's PostgreSQL database (`network:verb`). */
export const networkContract = {
  'network:status': query(noInput, networkStatus),
  /** Saves the connection settings (credentials encrypted or held for the session) and starts delivery. */
  'network:connect': command(connectInput, networkStatus),
  /** Stops talking to the server and forgets the credentials; local data and the outbox stay. */
  'network:disconnect': command(noInput, networkStatus),
  /** Tries the server now: reachable, and its schema one this workbench understands. */
  'network:check': query(noInput, checkResult),
  'network:publishOffer': command(offerInput, networkStatus),
  'network:withdrawOffer': command(noInput, networkStatus),
  'network:previewCoverage': query(z.object({ minGroupSize: coverageInput.shape.minGroupSize }).strict(), coveragePreview),
  'network:setCoverage': command(coverageInput, networkStatus),
  /** Sends what the outbox holds now (also done on its own, with retries). */
  'network:sync': command(noInput, networkStatus),
  'network:searchHosts': query(hostSearchInput, z.array(hostResult)),
  'network:regionCoverage': query(regionCoverageInput, z.array(regionCoverageRow)),
  /** Turns a search result into a planned shadowing visit in the local workbench. */
  'network:planVisit': command(planVisitInput, shadowingVisit),
} satisfies Record<string, ChannelDef>;
