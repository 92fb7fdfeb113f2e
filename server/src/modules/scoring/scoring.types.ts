import { Field, Float, ID, Int, ObjectType, registerEnumType, UseMiddleware } from 'type-graphql';
import { InferredLabel } from '../phrasing/inferred-label.js';
import { DateTimeResolver } from 'graphql-scalars';
import { JobStatusEnum } from '../../graphql/enums.js';
import { ImportErrorType } from '../datasets/dataset.types.js';

export enum ScoredRowSortEnum {
  PROBABILITY = 'PROBABILITY',
  FILE_ORDER = 'FILE_ORDER',
  KEY = 'KEY',
}
registerEnumType(ScoredRowSortEnum, { name: 'ScoredRowSort' });

@ObjectType('ScoringReplacedValues', {
  description: 'A column whose values were not all usable; they were scored as the model scores unknown or new values.',
})
export class ScoringReplacedValuesType {
  @Field(() => String) column!: string;
  @Field(() => String, { simple: false })
  @UseMiddleware(InferredLabel)
  label!: string;
  @Field(() => Int, {
    description: 'Values that did not fit the column (a word in a number column, an impossible date): scored as unknown.',
  })
  wrongKind!: number;
  @Field(() => Int, { description: 'Categories the model never saw in training: scored as the model scores rare categories.' })
  unseen!: number;
  @Field(() => [String]) examples!: string[];
}

@ObjectType('ScoringGainPoint', {
  description: 'The best-rated `percent` % of the list: how many customers and how many are expected to respond.',
})
export class ScoringGainPointType {
  @Field(() => Int) percent!: number;
  @Field(() => Int) customers!: number;
  @Field(() => Float) expectedResponders!: number;
}

@ObjectType('ScoringMoney', { description: 'What the Target group page prices campaigns with: the dataset’s settings, else its file.' })
export class ScoringMoneyType {
  @Field(() => Float) costPerContact!: number;
  @Field(() => Float) valuePerResponse!: number;
}

@ObjectType('Scoring')
export class ScoringType {
  @Field(() => ID) id!: string;
  @Field(() => ID) modelId!: string;
  @Field(() => JobStatusEnum) status!: JobStatusEnum;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => Int) rowsScored!: number;
  @Field(() => Int, {
    description: 'Rows that could not be read at all (wrong number of values, a value too long); the first ones are listed.',
  })
  rowsRejected!: number;
  @Field(() => [ImportErrorType]) errors!: ImportErrorType[];
  @Field(() => ID) datasetId!: string;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => String, { description: 'UPLOADED, READING, SCORING or DONE.' }) phase!: string;
  @Field(() => Float, { description: '0..1 while it runs.' }) progress!: number;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver, { nullable: true }) finishedAt!: Date | null;
  @Field(() => [String], { description: 'Columns of the file that were not used (not in the dataset, or the outcome column).' })
  ignoredColumns!: string[];
  @Field(() => [ScoringReplacedValuesType]) replacedValues!: ScoringReplacedValuesType[];
  @Field(() => [ScoringGainPointType], { description: 'k = 0..100 % of the list, best-rated first (empty until it has succeeded).' })
  gains!: ScoringGainPointType[];
  @Field(() => String, { nullable: true, description: 'The identifier column as written in the file; null: rows are named by line.' })
  identifier!: string | null;
  @Field(() => String, {
    nullable: true,
    description: '"customers who …" of the featured target group at top 3 (in_target_group), or null.',
  })
  targetGroup!: string | null;
  @Field(() => ID, { nullable: true, description: 'The segmentation customers were placed in, or null.' }) segmentationId!: string | null;
}

@ObjectType('ScoredRow')
export class ScoredRowType {
  @Field(() => Int, { description: 'The file line the row starts on (the header is line 1).' }) line!: number;
  @Field(() => String, { description: 'The identifier, or the line number when the list has none.' }) key!: string;
  @Field(() => Float) probability!: number;
  @Field(() => Int, { description: '1 = the best-rated tenth of the list.' }) decile!: number;
  @Field(() => [String], { description: 'The three strongest reasons in words (fewer when fewer count).' }) reasons!: string[];
  @Field(() => Boolean) inTargetGroup!: boolean;
  @Field(() => String) segment!: string;
}

@ObjectType('ScoredRowPage')
export class ScoredRowPageType {
  @Field(() => Int) total!: number;
  @Field(() => [ScoredRowType]) rows!: ScoredRowType[];
}
