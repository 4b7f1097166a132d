/**
 * The account's fax numbers, for choosing among them (which numbers' faxes this desk shows, the
 * inbox's "To" filter): every number of every fax application, once each, with the numbers
 * already chosen kept on show while the account is looked up or if it cannot be.
 */
import { useAccountDiscovery } from './use-account-discovery';

export function useAccountNumbers(chosen: readonly string[] = []) {
  const { account, busy, error } = useAccountDiscovery();
  const found = account?.applications.flatMap((app) => app.numbers.map((number) => number.phoneNumber)) ?? [];
  const numbers = [...new Set([...found, ...chosen])].sort();
  return { numbers, known: account !== null, busy, error };
}
