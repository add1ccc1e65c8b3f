/**
 * The context combinations the README shows, in one list: the README quotes these commands
 * and `tests/infra/readme-examples.test.ts` synthesises every one, so a documented command
 * cannot rot. Actor and issue ids are those of the default watchlist (config/watchlist.yaml).
 */
export interface ReadmeExample {
  readonly title: string;
  readonly command: 'synth' | 'deploy';
  /** `-c key=value` options, in order. */
  readonly context: Readonly<Record<string, string>>;
}

export const README_EXAMPLES: readonly ReadmeExample[] = [
  { title: 'Synthesise the stack, no subscribers yet', command: 'synth', context: {} },
  {
    title: 'Deploy with email and SMS subscribers who get every alert',
    command: 'deploy',
    context: { alertEmails: 'a@example.org,b@example.org', alertPhones: '+12025550100' },
  },
  {
    title: 'Deploy with per-subscriber filters',
    command: 'deploy',
    context: {
      subscriptions: JSON.stringify([
        { email: 'a@example.org', actors: ['russia'] },
        { sms: '+12025550100', issues: ['renounce-nato'], severities: ['high'] },
      ]),
    },
  },
  {
    title: 'Deploy with a daily digest instead of instant alerts for one subscriber, sent at 18:00 UTC',
    command: 'deploy',
    context: {
      subscriptions: JSON.stringify([
        { email: 'digest-reader@example.org', actors: ['russia'], digest: 'daily' },
        { sms: '+12025550100', severities: ['high'] },
      ]),
      digestHour: '18',
    },
  },
  {
    title: 'Everything: plain subscribers, filtered subscribers, an operations address and an explicit config',
    command: 'deploy',
    context: {
      alertEmails: 'desk@example.org',
      subscriptions: JSON.stringify([{ email: 'analyst@example.org', actors: ['russia', 'ukraine'], directions: ['softening'] }]),
      opsEmails: 'ops@example.org',
      config: 'config/shiftwatch.yaml',
    },
  },
];

/** The shell command for an example, quoted for bash. */
export function commandLine(example: ReadmeExample): string {
  const quote = (v: string) => (/^[\w@+.,/=:-]+$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`);
  const options = Object.entries(example.context).map(([k, v]) => `-c ${k}=${quote(v)}`);
  return ['npx cdk', example.command, ...options].join(' ');
}
