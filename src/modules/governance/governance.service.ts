import type { Logger } from 'pino';
import type { Database } from '#platform/db/database.ts';
import type { MailTransport } from '#platform/mail/mail-transport.ts';
import type { IdentityContract } from '#modules/identity/identity.contract.ts';
import { DeadlineAlerts } from './deadline-alerts.ts';
import { KitosService } from './kitos.service.ts';
import { assertCan } from '#platform/auth/permissions.ts';
import type { Principal } from '#platform/auth/principal.ts';
import { type Contract, ContractService } from './contract.service.ts';
import { danishDay, previousMonth } from '#platform/time/danish-day.ts';
import { type Identity, RegisterService } from './register.service.ts';
import type { MonthCompliance } from './sla-compliance.ts';
import { type Sla, SlaService } from './sla.service.ts';
import { ArchitectureService } from './architecture.service.ts';
import { PlanService } from './plan.service.ts';
import { SecurityService } from './security.service.ts';
import type { ItSystem } from './system.types.ts';
import { type SystemUsage, UsageService } from './usage.service.ts';

/** One system with everything its page shows: roles, duties, contracts and costs, the SLA and last month's measure. */
export interface SystemOverview {
  system: ItSystem;
  contracts: Contract[];
  sla?: Sla;
  lastMonth?: MonthCompliance;
  /** the system's use, where Raadhus measures it */
  usage?: SystemUsage;
}

export interface AlertOptions {
  transport?: MailTransport;
  from?: string;
  logger?: Pick<Logger, 'info' | 'warn'>;
}

/** The governance module's services: the register, contracts and costs, SLAs, information security, architecture, the action plan. */
export class GovernanceService {
  readonly register: RegisterService;
  readonly contracts: ContractService;
  readonly slas: SlaService;
  readonly security: SecurityService;
  readonly architecture: ArchitectureService;
  readonly plan: PlanService;
  readonly usage: UsageService;
  readonly kitos: KitosService;

  /** the contract owners' e-mail warnings before termination deadlines (the daily job) */
  readonly alerts: DeadlineAlerts;

  constructor(db: Database, identity: Identity & Pick<IdentityContract, 'getStaff'>, options: AlertOptions = {}) {
    this.register = new RegisterService(db, identity);
    this.contracts = new ContractService(db, this.register, identity);
    this.slas = new SlaService(db, this.register);
    this.security = new SecurityService(db, this.register);
    this.architecture = new ArchitectureService(db, this.register);
    this.plan = new PlanService(db, this.register);
    this.usage = new UsageService(db);
    this.kitos = new KitosService(this.register);
    const mail = { transport: options.transport, from: options.from ?? 'Raadhus <noreply@raadhus.local>' };
    this.alerts = new DeadlineAlerts(db, identity, mail, options.logger ?? { info() {}, warn() {} });
  }

  async systemPage(actor: Principal, id: string, now = new Date()): Promise<SystemOverview> {
    const system = await this.register.get(actor, id);
    return (await this.overviews([system], now))[0];
  }

  /** The system owner's page: every system on which the actor is system owner, with what needs their attention. */
  async ownerPage(actor: Principal, now = new Date()): Promise<SystemOverview[]> {
    assertCan(actor, 'governance:own');
    const held = await this.register.systemsOf(actor.id);
    const owned = [...held].filter(([, roles]) => roles.includes('system-owner')).map(([id]) => id);
    const systems = await Promise.all(owned.map((id) => this.register.get(actor, id)));
    return this.overviews(
      systems.sort((a, b) => a.name.localeCompare(b.name, 'da')),
      now,
    );
  }

  private async overviews(systems: ItSystem[], now: Date): Promise<SystemOverview[]> {
    const ids = systems.map((system) => system.id);
    const today = danishDay(now);
    const contracts = await this.contracts.ofSystems(ids, today);
    const slas = await this.slas.ofSystems(ids);
    const measured = await this.slas.compliance(ids, previousMonth(today), now);
    const sources = systems.flatMap((system) => (system.usageSource ? [system.usageSource] : []));
    const usage = await this.usage.of(sources, previousMonth(today), today);
    return systems.map((system) => ({
      usage: system.usageSource ? usage.get(system.usageSource) : undefined,
      system,
      contracts: contracts.filter((contract) => contract.systemId === system.id),
      sla: slas.get(system.id),
      lastMonth: measured.get(system.id),
    }));
  }
}
