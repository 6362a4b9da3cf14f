/**
 * Where prompt-budget lives, in one place. Until the repository has an owner the slug holds the
 * placeholder `OWNER`, which `npm run set-owner -- <owner>` replaces here and in the few files
 * that cannot import it (README, package.json, the schema's $id, the example workflows); the
 * release refuses to run while it is left anywhere (`npm run set-owner -- --check`).
 */
const REPOSITORY = 'OWNER/prompt-budget';

/**
 * The major tag users pin (`uses: …@v1`) and the schema URL names. The release moves it to each
 * new version of that major, so both stay valid; scripts/release-check.mjs refuses a tag of any
 * other major until this changes with it.
 */
export const MAJOR_TAG = 'v1';

/** What a workflow writes to run the action. */
export const ACTION_REF = `${REPOSITORY}@${MAJOR_TAG}`;

/**
 * The published JSON Schema of budgets.yml: the file at the major tag, so it follows every release
 * of that major and no edit on the default branch reaches editors before it is released. Also the
 * schema's own `$id` and the `url` of its SchemaStore catalog entry (docs/schemastore.md).
 */
export const SCHEMA_URL = `https://raw.githubusercontent.com/${REPOSITORY}/${MAJOR_TAG}/budgets.schema.json`;
