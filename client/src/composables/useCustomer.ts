import { computed, ref, watch, type Ref } from 'vue';
import { runQuery } from '../graphql/client';
import {
  CUSTOMER,
  CUSTOMER_COUNTERFACTUAL,
  CUSTOMER_CURVE,
  CUSTOMER_KEYS,
  CUSTOMER_STANDING,
  CUSTOMER_PAGE,
  EXPLAIN_CUSTOMER,
  type Customer,
  type CustomerCounterfactual,
  type CustomerCurvePoint,
  type CustomerStanding,
  type CustomerExplanation,
} from '../graphql/customer-operations';
import { changedFeatures, withEdits } from '../utils/customer-explanation';
import { trackedRunner, type AsyncState } from './async-state';
import { useDatasetPage } from './useDatasetPage';

/** Typing pauses this long before suggestions or a what-if score are asked for. */
const DEBOUNCE_MS = 250;

function debounce(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(fn, ms);
  };
}

/**
 * The Customer page's state: the dataset's models and columns, key suggestions as you type,
 * the customer found, and their explanation for the chosen model, recomputed (debounced)
 * whenever what-if edits change; reset() returns to the stored values.
 */
export function useCustomer(datasetId: Ref<string | null>, modelId: Ref<string | null>) {
  const customer = ref<Customer | null>(null);
  const edits = ref<Record<string, string>>({});
  const query = ref('');
  const suggestions = ref<string[]>([]);
  const notFound = ref(false);
  const explanation = ref<CustomerExplanation | null>(null);
  /** The stored customer's own explanation, kept to show how far the edits moved the chance. */
  const storedProbability = ref<number | null>(null);
  // Declared after the refs it clears: the page query may reset at once.
  const page = useDatasetPage(datasetId, CUSTOMER_PAGE, {
    reset: () => {
      customer.value = null;
      explanation.value = null;
      storedProbability.value = null;
      edits.value = {};
      suggestions.value = [];
    },
  });

  const lookupState = ref<AsyncState>('idle');
  const lookupError = ref<string | null>(null);
  const runLookup = trackedRunner(lookupState, lookupError);
  const explainState = ref<AsyncState>('idle');
  const explainError = ref<string | null>(null);
  const runExplain = trackedRunner(explainState, explainError);

  const suggest = debounce(() => {
    const id = datasetId.value;
    if (!id || query.value.trim() === '') return void (suggestions.value = []);
    void runQuery(CUSTOMER_KEYS, { datasetId: id, prefix: query.value.trim() })
      .then((result) => (suggestions.value = result.customerKeys))
      .catch(() => (suggestions.value = []));
  }, DEBOUNCE_MS);
  watch(query, suggest);

  async function find(key = query.value): Promise<void> {
    const id = datasetId.value;
    if (!id || key.trim() === '') return;
    notFound.value = false;
    suggestions.value = [];
    await runLookup(
      () => runQuery(CUSTOMER, { datasetId: id, key: key.trim() }),
      (result) => {
        customer.value = result.customer;
        notFound.value = result.customer === null;
        edits.value = {};
        storedProbability.value = null;
        if (result.customer) query.value = result.customer.key;
      },
    );
    await explain();
  }

  const values = computed(() => (customer.value ? withEdits(customer.value.values, edits.value) : []));
  const changed = computed(() => (customer.value ? changedFeatures(customer.value.values, edits.value) : []));

  async function explain(): Promise<void> {
    const model = modelId.value;
    if (!model || !customer.value) return;
    const asked = values.value;
    const stored = changed.value.length === 0;
    await runExplain(
      () => runQuery(EXPLAIN_CUSTOMER, { modelId: model, values: asked }),
      (result) => {
        explanation.value = result.explainCustomer;
        if (stored) storedProbability.value = result.explainCustomer.probability;
      },
    );
  }

  const explainSoon = debounce(() => void explain(), DEBOUNCE_MS);
  watch(edits, explainSoon, { deep: true });
  watch(modelId, () => {
    storedProbability.value = null;
    void explain();
  });

  /** The ceteris-paribus curve of `curveFeature` for the current (edited) values. */
  const curveFeature = ref<string | null>(null);
  const curve = ref<CustomerCurvePoint[]>([]);
  const curveState = ref<AsyncState>('idle');
  const curveError = ref<string | null>(null);
  const runCurve = trackedRunner(curveState, curveError);
  async function loadCurve(): Promise<void> {
    const model = modelId.value;
    const feature = curveFeature.value;
    if (!model || !feature || !customer.value) return void (curve.value = []);
    const asked = values.value;
    await runCurve(
      () => runQuery(CUSTOMER_CURVE, { modelId: model, values: asked, feature }),
      (result) => (curve.value = result.customerCurve),
    );
  }
  const curveSoon = debounce(() => void loadCurve(), DEBOUNCE_MS);
  watch([curveFeature, modelId, customer], () => void loadCurve());
  watch(edits, curveSoon, { deep: true });

  /** Where the stored customer stands for the chosen model (decile, target group, segment). */
  const standing = ref<CustomerStanding | null>(null);
  async function loadStanding(): Promise<void> {
    const model = modelId.value;
    const key = customer.value?.key;
    standing.value = null;
    if (!model || !key) return;
    const result = await runQuery(CUSTOMER_STANDING, { modelId: model, key }).catch(() => null);
    if (result && modelId.value === model && customer.value?.key === key) standing.value = result.customerStanding;
  }
  watch([modelId, customer], () => void loadStanding());

  /** The smallest change that would make the current (edited) values likely. */
  const counterfactual = ref<CustomerCounterfactual | null>(null);
  const counterfactualState = ref<AsyncState>('idle');
  const counterfactualError = ref<string | null>(null);
  const runCounterfactual = trackedRunner(counterfactualState, counterfactualError);
  async function loadCounterfactual(): Promise<void> {
    const model = modelId.value;
    if (!model || !customer.value) return void (counterfactual.value = null);
    const asked = values.value;
    await runCounterfactual(
      () => runQuery(CUSTOMER_COUNTERFACTUAL, { modelId: model, values: asked }),
      (result) => (counterfactual.value = result.customerCounterfactual),
    );
  }
  const counterfactualSoon = debounce(() => void loadCounterfactual(), DEBOUNCE_MS);
  watch([modelId, customer], () => void loadCounterfactual());
  watch(edits, counterfactualSoon, { deep: true });

  /** Applies several edits at once (the smallest change's values). */
  function editMany(changes: readonly { feature: string; to: string }[]): void {
    const next = { ...edits.value };
    for (const c of changes) next[c.feature] = c.to;
    edits.value = next;
  }

  function edit(feature: string, value: string): void {
    edits.value = { ...edits.value, [feature]: value };
  }

  function reset(): void {
    edits.value = {};
  }

  return {
    page,
    query,
    suggestions,
    customer,
    notFound,
    lookupState,
    lookupError,
    explanation,
    explainState,
    explainError,
    storedProbability,
    curveFeature,
    curve,
    curveState,
    curveError,
    values,
    changed,
    standing,
    counterfactual,
    counterfactualState,
    counterfactualError,
    find,
    edit,
    editMany,
    reset,
  };
}
