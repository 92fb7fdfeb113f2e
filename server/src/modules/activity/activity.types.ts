import { DateTimeResolver } from 'graphql-scalars';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { JobStatusEnum } from '../../graphql/enums.js';

export enum JobKindEnum {
  IMPORT = 'IMPORT',
  TRAINING = 'TRAINING',
  SEGMENTATION = 'SEGMENTATION',
}
registerEnumType(JobKindEnum, { name: 'JobKind' });

@ObjectType('ActivityJob', { description: 'A background job (import, training run or segmentation) as the Activity page lists it.' })
export class ActivityJobType {
  @Field(() => ID, { description: 'The id of the importJob, trainingRun or segmentation.' }) id!: string;
  @Field(() => JobKindEnum) kind!: JobKindEnum;
  @Field(() => ID) datasetId!: string;
  @Field(() => String) datasetName!: string;
  @Field(() => JobStatusEnum) status!: JobStatusEnum;
  @Field(() => Float, { nullable: true, description: 'From 0 to 1; null for imports (they show rows instead).' }) progress!: number | null;
  @Field(() => String, { nullable: true, description: 'Email of who started it; null when the app did (demo data, automatic retraining).' })
  startedBy!: string | null;
  @Field(() => DateTimeResolver) createdAt!: Date;
  @Field(() => DateTimeResolver, { nullable: true }) startedAt!: Date | null;
  @Field(() => DateTimeResolver, { nullable: true }) finishedAt!: Date | null;
  @Field(() => Float, { nullable: true, description: 'Seconds from start to finish, or so far while running; null while queued.' })
  durationSeconds!: number | null;
  @Field(() => String, { nullable: true, description: 'What came of it, in words: the error, or a short summary.' }) outcome!:
    string | null;
  @Field(() => Boolean, { description: 'Training runs and segmentations can be cancelled while queued or running.' }) cancellable!: boolean;
}
