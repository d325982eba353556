import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/ipc/contract';
import { DOMAIN_NAMES } from '../../../shared/ipc/domains';
import { ApiError, getTransport, invoke } from './client';

export function useChannel<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
  options: Omit<UseQueryOptions<ChannelOutput<C>, ApiError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<ChannelOutput<C>, ApiError>({
    queryKey: [channel, input],
    queryFn: () => invoke(channel, input),
    ...options,
  });
}

export function useCommand<C extends Channel>(channel: C) {
  const client = useQueryClient();
  return useMutation<ChannelOutput<C>, ApiError, ChannelInput<C>>({
    mutationFn: (input) => invoke(channel, input),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** Keeps every open view fresh when the main process reports a change (from any window or tab). */
export function useLiveRefresh() {
  const client = useQueryClient();
  useEffect(() => {
    // A draft saved as someone types changes nothing another view shows: refetching everything
    // on each keystroke pause would only slow typing down.
    const off = DOMAIN_NAMES.filter((d) => d !== 'drafts').map((d) => getTransport().on(`${d}:changed`, () => void client.invalidateQueries()));
    return () => off.forEach((f) => f());
  }, [client]);
}
