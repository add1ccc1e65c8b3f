import { RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AttributeType,
  type CfnTable,
  BillingMode,
  ProjectionType,
  StreamViewType,
  Table,
  TableEncryption,
  type TableProps,
} from 'aws-cdk-lib/aws-dynamodb';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { TABLES, type TableDefinition, type TableKey } from '../../shared/adapters/dynamodb-tables.js';
import { TABLE_ENV } from '../../functions/contract.js';

export interface StoryStoreProps {
  /**
   * What happens to the tables when the stack is deleted. Stories, positions and the alert
   * history are the product's memory, so they outlive the stack unless you say otherwise.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
  /** @default true */
  readonly deletionProtection?: boolean;
}

/**
 * Defaults every shiftwatch table gets: on-demand (feeds arrive in bursts every 15 minutes,
 * idle in between), encrypted with the AWS managed KMS key, point-in-time recovery on.
 */
export function defaultTableProps(def: TableDefinition): TableProps {
  return {
    partitionKey: { name: def.partitionKey, type: AttributeType.STRING },
    billingMode: BillingMode.PAY_PER_REQUEST,
    encryption: TableEncryption.AWS_MANAGED,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    ...(def.ttlAttribute ? { timeToLiveAttribute: def.ttlAttribute } : {}),
  };
}

/**
 * The four DynamoDB tables of `shared/adapters/dynamodb-tables.ts` (stories, positions,
 * alert outbox, feed state), with their global secondary indexes (the outbox's `byDay`, for
 * the daily digest). The outbox streams new images so the alert dispatcher sees each alert
 * as soon as it is recorded.
 *
 * @example const store = new StoryStore(this, 'Store'); store.bind(fn, ['stories', 'feeds']);
 */
export class StoryStore extends Construct {
  readonly tables: Readonly<Record<TableKey, Table>>;

  constructor(scope: Construct, id: string, props: StoryStoreProps = {}) {
    super(scope, id);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    const make = (key: TableKey, extra: Partial<TableProps> = {}): Table =>
      new Table(this, pascal(key), {
        ...defaultTableProps(TABLES[key]),
        removalPolicy,
        deletionProtection: props.deletionProtection ?? true,
        ...extra,
      });
    this.tables = {
      stories: make('stories'),
      positions: make('positions'),
      alerts: make('alerts', { stream: StreamViewType.NEW_IMAGE }),
      feeds: make('feeds'),
    };
    for (const key of Object.keys(TABLES) as TableKey[]) {
      const def: TableDefinition = TABLES[key];
      for (const index of def.indexes ?? []) {
        this.tables[key].addGlobalSecondaryIndex({
          indexName: index.indexName,
          partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
          sortKey: { name: index.sortKey, type: AttributeType.STRING },
          projectionType: ProjectionType.ALL,
        });
      }
    }
  }

  /**
   * Gives a function read/write access to the named tables and their names in its environment,
   * so no caller can grant one without the other.
   */
  bind(fn: IFunction & { addEnvironment(key: string, value: string): unknown }, keys: readonly TableKey[], access: 'read' | 'readWrite' = 'readWrite'): void {
    for (const key of keys) {
      const table = this.tables[key];
      fn.addEnvironment(TABLE_ENV[key], table.tableName);
      if (access === 'read') table.grantReadData(fn as IGrantable);
      else table.grantReadWriteData(fn as IGrantable);
      const def: TableDefinition = TABLES[key];
      if ((def.indexes?.length ?? 0) > 0 && fn.role) {
        Validations.of(fn.role).acknowledge({
          id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(table.node.defaultChild as CfnTable)}.Arn>/index/*]`,
          reason: `CDK grants access to the ${key} table's indexes as <table>/index/*, which covers that one table only; the digest queries its ${def.indexes!.map((i) => i.indexName).join(', ')} index.`,
        });
      }
    }
  }
}

function pascal(key: string): string {
  return `${key[0].toUpperCase()}${key.slice(1)}Table`;
}
