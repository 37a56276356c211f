/**
 * What an organization scan adds to the ScanReport: one summary per account (scanned, partly
 * scanned, or not scanned and why) and the waste per value of a tag (--group-by-tag team).
 */

export type AccountStatus = 'scanned' | 'partial' | 'not-scanned';

export interface AccountSummary {
  id: string;
  /** The account's name in Organizations; null for accounts given with --accounts. */
  name: string | null;
  /** scanned: every region looked at without a gap; partial: some gap or skipped region; not-scanned: see reason. */
  status: AccountStatus;
  /** Why the account was not scanned (the role could not be assumed, …). */
  reason?: string;
  regions: string[];
  monthlyWaste: string;
  findings: number;
  notPriced: number;
  gaps: number;
  /** API calls sent with this account's role (the AssumeRole itself is counted in the scanning account's). */
  apiCalls: number;
}

export interface TagGroup {
  /** The tag's value; null for findings whose resource does not carry the tag. */
  value: string | null;
  monthlyWaste: string;
  findings: number;
  notPriced: number;
  /** Accounts with findings in this group (organization scans). */
  accounts: string[];
}

export interface TagGroups {
  tag: string;
  /** Largest waste first; the untagged group last. */
  groups: TagGroup[];
}
