/**
 * Which accounts an organization scan covers: the ones given (--accounts), or the organization's
 * ACTIVE accounts from Organizations ListAccounts — under one or more OUs (and their child OUs) with
 * --ou, through ListAccountsForParent / ListChildren. Suspended and closing accounts are left out
 * (their roles cannot be assumed and they bill nothing new), and said so in a note.
 */
import {
  type Account,
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListChildrenCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { UserError } from '../../errors.js';
import type { ClientFactory } from '../aws/clients.js';
import { isAccessDenied } from '../aws/errors.js';

export interface OrgAccount {
  id: string;
  name: string | null;
}

export interface AccountSelection {
  /** Account ids (--accounts). */
  ids?: string[];
  /** Read the accounts from Organizations (--organization). */
  organization?: boolean;
  /** OU (or root) ids to keep, with everything below them (--ou). */
  ous?: string[];
}

const ACCOUNT_ID = /^\d{12}$/;
const PARENT_ID = /^(r-[0-9a-z]{4,32}|ou-[0-9a-z]{4,32}-[a-z0-9]{8,32})$/;
/** Organizations has one endpoint per partition: us-east-1 in the aws partition. */
export const ORGANIZATIONS_REGION = 'us-east-1';

export interface AccountList {
  accounts: OrgAccount[];
  notes: string[];
}

export async function selectAccounts(clients: ClientFactory, selection: AccountSelection): Promise<AccountList> {
  if (selection.ids?.length && selection.organization) {
    throw new UserError(
      '--accounts and --organization are alternatives.',
      'Give the account ids, or read them from Organizations, not both.',
    );
  }
  if (selection.ous?.length && !selection.organization) {
    throw new UserError('--ou needs --organization.', 'The OU filter selects among the accounts Organizations lists.');
  }
  if (selection.ids?.length) {
    const bad = selection.ids.filter((id) => !ACCOUNT_ID.test(id));
    if (bad.length)
      throw new UserError(`--accounts ${bad.join(', ')}: not a 12-digit AWS account id.`, 'e.g. --accounts 111111111111,222222222222');
    return { accounts: [...new Set(selection.ids)].map((id) => ({ id, name: null })), notes: [] };
  }
  for (const ou of selection.ous ?? []) {
    if (!PARENT_ID.test(ou))
      throw new UserError(`--ou ${ou}: not an OU or root id.`, 'OU ids look like ou-ab12-cd34ef56, roots like r-ab12.');
  }
  const org = clients.get(OrganizationsClient, ORGANIZATIONS_REGION);
  try {
    const listed = selection.ous?.length ? await accountsUnder(org, selection.ous) : await allAccounts(org);
    const active = listed.filter((a) => (a.State ?? a.Status) === 'ACTIVE');
    const notes: string[] = [];
    const inactive = listed.length - active.length;
    if (inactive) notes.push(`${inactive} account(s) not scanned because they are not ACTIVE (suspended or closing)`);
    const unique = new Map(active.map((a) => [a.Id!, { id: a.Id!, name: a.Name ?? null }]));
    return { accounts: [...unique.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), notes };
  } catch (error) {
    if (isAccessDenied(error)) {
      throw new UserError(
        `--organization: Organizations denied listing the accounts (${(error as Error).message}).`,
        'Run from the management account or a delegated administrator with organizations:ListAccounts ' +
          '(and ListAccountsForParent, ListChildren for --ou), or name the accounts with --accounts.',
      );
    }
    throw error;
  }
}

async function allAccounts(org: OrganizationsClient): Promise<Account[]> {
  const out: Account[] = [];
  let NextToken: string | undefined;
  do {
    const page = await org.send(new ListAccountsCommand({ ...(NextToken ? { NextToken } : {}) }));
    out.push(...(page.Accounts ?? []));
    NextToken = page.NextToken;
  } while (NextToken);
  return out;
}

/** Accounts directly under each parent and, breadth first, under every OU below it. */
async function accountsUnder(org: OrganizationsClient, parents: string[]): Promise<Account[]> {
  const out: Account[] = [];
  const queue = [...new Set(parents)];
  const seen = new Set(queue);
  while (queue.length) {
    const ParentId = queue.shift()!;
    let NextToken: string | undefined;
    do {
      const page = await org.send(new ListAccountsForParentCommand({ ParentId, ...(NextToken ? { NextToken } : {}) }));
      out.push(...(page.Accounts ?? []));
      NextToken = page.NextToken;
    } while (NextToken);
    do {
      const page = await org.send(
        new ListChildrenCommand({ ParentId, ChildType: 'ORGANIZATIONAL_UNIT', ...(NextToken ? { NextToken } : {}) }),
      );
      for (const child of page.Children ?? []) {
        if (child.Id && !seen.has(child.Id)) {
          seen.add(child.Id);
          queue.push(child.Id);
        }
      }
      NextToken = page.NextToken;
    } while (NextToken);
  }
  return out;
}
