import { sql, type Kysely } from 'kysely';

/**
 * Governance: the IT-system register (systems, the roles people hold on them, the system owner's five duties),
 * contracts with their costs per year and paying unit, the SLA per system and the incidents it is measured by.
 * Staff are referred to by id without a foreign key: the staff register is the identity module's table.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('governance_systems')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (column) => column.notNull().unique())
    .addColumn('supplier', 'text', (column) => column.notNull())
    .addColumn('description', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('lifecycle', 'text', (column) =>
      column.notNull().check(sql`lifecycle in ('planned', 'phasing-in', 'operation', 'phasing-out', 'retired')`),
    )
    .addColumn('criticality', 'text', (column) =>
      column.notNull().check(sql`criticality in ('low', 'medium', 'high', 'critical')`),
    )
    .addColumn('hosting', 'text', (column) =>
      column.notNull().check(sql`hosting in ('in-house', 'outsourced', 'cloud', 'hybrid')`),
    )
    .addColumn('personal_data', 'text', (column) =>
      column.notNull().check(sql`personal_data in ('none', 'ordinary', 'sensitive', 'cpr')`),
    )
    .addColumn('users_band', 'text', (column) =>
      column.notNull().check(sql`users_band in ('1-10', '11-50', '51-250', '251-1000', '1000+')`),
    )
    .addColumn('department_codes', sql`text[]`, (column) => column.notNull().defaultTo(sql`'{}'`))
    .addColumn('kle', sql`text[]`, (column) => column.notNull().defaultTo(sql`'{}'`))
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();

  // Who holds which role on a system; a person may hold several, a role several people.
  await db.schema
    .createTable('governance_system_roles')
    .addColumn('system_id', 'uuid', (column) => column.notNull().references('governance_systems.id'))
    .addColumn('role', 'text', (column) => column.notNull())
    .addColumn('staff_id', 'uuid', (column) => column.notNull())
    .addPrimaryKeyConstraint('governance_system_roles_pk', ['system_id', 'role', 'staff_id'])
    .execute();
  await db.schema
    .createIndex('governance_system_roles_staff')
    .on('governance_system_roles')
    .column('staff_id')
    .execute();

  // The system owner's five duties, one row per system and duty, reviewed periodically.
  await db.schema
    .createTable('governance_duties')
    .addColumn('system_id', 'uuid', (column) => column.notNull().references('governance_systems.id'))
    .addColumn('duty', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) => column.notNull().check(sql`status in ('met', 'attention', 'not-met')`))
    .addColumn('evidence', 'text', (column) => column.notNull().defaultTo(''))
    .addColumn('last_reviewed', 'date')
    .addColumn('next_review', 'date', (column) => column.notNull())
    .addPrimaryKeyConstraint('governance_duties_pk', ['system_id', 'duty'])
    .execute();

  await db.schema
    .createTable('governance_contracts')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('system_id', 'uuid', (column) => column.notNull().references('governance_systems.id'))
    .addColumn('supplier', 'text', (column) => column.notNull())
    .addColumn('contract_number', 'text', (column) => column.notNull())
    .addColumn('starts_on', 'date', (column) => column.notNull())
    .addColumn('ends_on', 'date', (column) => column.notNull())
    .addColumn('termination_deadline', 'date', (column) => column.notNull())
    .addColumn('owner_staff_id', 'uuid', (column) => column.notNull())
    .addColumn('payment_model', 'text', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'governance_contracts_period',
      sql`starts_on <= termination_deadline and termination_deadline <= ends_on`,
    )
    .execute();

  // An economy stream: one year's budget and actual of one cost type, paid by the central IT budget or a department.
  await db.schema
    .createTable('governance_costs')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('contract_id', 'uuid', (column) => column.notNull().references('governance_contracts.id'))
    .addColumn('year', 'integer', (column) => column.notNull())
    .addColumn('kind', 'text', (column) => column.notNull().check(sql`kind in ('acquisition', 'operation', 'other')`))
    .addColumn('payer', 'text', (column) => column.notNull())
    .addColumn('budget_ore', 'bigint', (column) => column.notNull().check(sql`budget_ore >= 0`))
    .addColumn('actual_ore', 'bigint', (column) => column.check(sql`actual_ore >= 0`))
    .execute();

  await db.schema
    .createTable('governance_slas')
    .addColumn('system_id', 'uuid', (column) => column.primaryKey().references('governance_systems.id'))
    // hundredths of a per cent: 9950 is 99.50 %
    .addColumn('availability_target', 'integer', (column) =>
      column.notNull().check(sql`availability_target between 0 and 10000`),
    )
    .addColumn('support_hours', 'text', (column) => column.notNull())
    .addColumn('response_minutes', 'integer', (column) => column.notNull().check(sql`response_minutes > 0`))
    .addColumn('sourcing', 'text', (column) => column.notNull().check(sql`sourcing in ('in-house', 'outsourced')`))
    .addColumn('reasoning', 'text', (column) => column.notNull().defaultTo(''))
    .execute();

  // An incident from the service desk (entered or imported): what the measured availability and response come from.
  await db.schema
    .createTable('governance_incidents')
    .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('system_id', 'uuid', (column) => column.notNull().references('governance_systems.id'))
    .addColumn('severity', 'text', (column) => column.notNull().check(sql`severity in ('critical', 'high', 'normal')`))
    .addColumn('started_at', 'timestamptz', (column) => column.notNull())
    .addColumn('responded_at', 'timestamptz')
    .addColumn('ended_at', 'timestamptz')
    .addCheckConstraint('governance_incidents_order', sql`ended_at is null or ended_at >= started_at`)
    .execute();
  await db.schema
    .createIndex('governance_incidents_system')
    .on('governance_incidents')
    .columns(['system_id', 'started_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'governance_incidents',
    'governance_slas',
    'governance_costs',
    'governance_contracts',
    'governance_duties',
    'governance_system_roles',
    'governance_systems',
  ])
    await db.schema.dropTable(table).execute();
}
