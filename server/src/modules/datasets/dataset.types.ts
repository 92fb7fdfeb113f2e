import { DateTimeResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { InferredLabel } from '../phrasing/inferred-label.js';
import { ColumnKindEnum, JobStatusEnum } from '../../graphql/enums.js';
import { ColumnPhrasingInput, ColumnPhrasingType } from '../phrasing/phrasing.types.js';

@ObjectType('LevelCount', { simpleResolvers: true })
export class LevelCountType {
  @Field(() => String) value!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('Column', { simpleResolvers: true })
export class ColumnType {
  @Field(() => String) name!: string;
  @Field(() => String, { simple: false })
  @UseMiddleware(InferredLabel)
  label!: string;
  @Field(() => ColumnKindEnum) kind!: ColumnKindEnum;
  @Field(() => Int) missing!: number;
  @Field(() => Int) distinct!: number;
  @Field(() => Int) position!: number;
  @Field(() => Boolean) isTarget!: boolean;
  @Field(() => Boolean) isPastCampaign!: boolean;
  @Field(() => Boolean, { description: 'Known only after contacting the customer (e.g. call duration): left out of models.' })
  knownAfterContact!: boolean;
  @Field(() => String, { nullable: true }) unit!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Where customers live: COUNTRY, STATE or POSTAL_CODE (set on the Data page, else inferred); null: not a region.',
  })
  region!: string | null;
  @Field(() => Float, { nullable: true }) min!: number | null;
  @Field(() => Float, { nullable: true }) max!: number | null;
  @Field(() => [LevelCountType]) topLevels!: LevelCountType[];
  @Field(() => [String]) examples!: string[];
  @Field(() => String, { nullable: true, description: 'Why the importer chose this kind, when worth telling.' })
  note!: string | null;
  @Field(() => ColumnPhrasingType, {
    description: 'What the column counts or measures, for the sentences the app writes (inferred at import, editable).',
  })
  phrasing!: ColumnPhrasingType;
  @Field(() => Boolean, {
    description:
      'A campaign can change it (recency, spend, channel use): the customer page’s smallest change moves only these. Set on the Data page, else suggested (never age or children).',
  })
  actionable!: boolean;
}

@ObjectType('CampaignOutcome', { simpleResolvers: true })
export class CampaignOutcomeType {
  @Field(() => String) column!: string;
  @Field(() => String, { simple: false })
  @UseMiddleware(InferredLabel)
  label!: string;
  @Field(() => Int) responded!: number;
  @Field(() => Int) total!: number;
  @Field(() => Float) rate!: number;
}

@ObjectType('ImportError', { simpleResolvers: true })
export class ImportErrorType {
  @Field(() => Int, { nullable: true }) line!: number | null;
  @Field(() => String, { nullable: true }) column!: string | null;
  @Field(() => String) message!: string;
}

@ObjectType('SegmentAssignment', { simpleResolvers: true })
export class SegmentAssignmentType {
  @Field(() => Int, { description: '-1: noise (DBSCAN).' }) segmentIndex!: number;
  @Field(() => String) name!: string;
  @Field(() => Int) customers!: number;
}

@ObjectType('ImportJob', { simpleResolvers: true })
export class ImportJobType {
  @Field(() => ID) id!: string;
  @Field(() => ID) datasetId!: string;
  @Field(() => JobStatusEnum) status!: JobStatusEnum;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => Int) rowsImported!: number;
  @Field(() => Int) rowsRejected!: number;
  @Field(() => [ImportErrorType]) errors!: ImportErrorType[];
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver, { nullable: true }) finishedAt!: Date | null;
  @Field(() => String, { description: 'UPLOADED, INFERRING, LOADING or DONE.' }) phase!: string;
  @Field(() => Float, { nullable: true }) bytes!: number | null;
  @Field(() => Int) rowsDuplicate!: number;
  @Field(() => Int) rowsSkippedEmpty!: number;
  @Field(() => Int, { description: 'All problems found; `errors` lists the first 100.' }) errorCount!: number;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field(() => [ImportErrorType], {
    description: 'What was imported, but not quite as written: header names that were repeated, empty, cleaned or cut.',
  })
  warnings!: ImportErrorType[];
  @Field(() => [SegmentAssignmentType], {
    description: 'An append’s new customers per segment of the latest segmentation (filled shortly after the import).',
  })
  segmentAssignments!: SegmentAssignmentType[];
}

@ObjectType('Dataset', { simpleResolvers: true })
export class DatasetType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) rowCount!: number;
  @Field(() => String, { nullable: true }) targetColumn!: string | null;
  @Field(() => String, { nullable: true }) positiveLabel!: string | null;
  @Field(() => String, { nullable: true }) idColumn!: string | null;
  @Field(() => DateTimeResolver) createdAt!: Date;
}

@InputType('ColumnUpdateInput')
export class ColumnUpdateInput {
  @Field(() => String, { nullable: true }) label?: string;
  @Field(() => ColumnKindEnum, { nullable: true }) kind?: ColumnKindEnum;
  @Field(() => Boolean, { nullable: true }) isPastCampaign?: boolean;
  @Field(() => Boolean, { nullable: true }) isTarget?: boolean;
  @Field(() => Boolean, { nullable: true }) knownAfterContact?: boolean;
  @Field(() => String, { nullable: true, description: 'Where customers live: COUNTRY, STATE, POSTAL_CODE, or NONE (not a region column).' })
  region?: string;
  @Field(() => ColumnPhrasingInput, { nullable: true, description: 'What the column counts or measures; replaces the whole phrasing.' })
  phrasing?: ColumnPhrasingInput;
  @Field(() => Boolean, { nullable: true, description: 'A campaign can change it (see Column.actionable).' })
  actionable?: boolean;
}

@ObjectType('DatasetSettings', { simpleResolvers: true })
export class DatasetSettingsType {
  @Field(() => Boolean, { description: 'Retrain every model automatically after each successful import.' }) autoRetrain!: boolean;
  @Field(() => Float, { nullable: true, description: 'Cost of contacting one customer.' }) costPerContact!: number | null;
  @Field(() => Float, { nullable: true, description: 'Value of one response.' }) valuePerResponse!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'ISO 4217 code of the money columns’ currency (EUR, USD…); null: amounts are written without one.',
  })
  currency!: string | null;
}

@InputType('DatasetSettingsInput')
export class DatasetSettingsInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => Boolean, { nullable: true }) autoRetrain?: boolean;
  @Field(() => Float, { nullable: true }) costPerContact?: number;
  @Field(() => Float, { nullable: true }) valuePerResponse?: number;
  @Field(() => String, { nullable: true, description: 'ISO 4217 currency code; an empty text removes it.' }) currency?: string;
}
