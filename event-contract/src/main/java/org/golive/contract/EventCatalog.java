package org.golive.contract;

import org.golive.contract.budget.ActualRecorded;
import org.golive.contract.budget.AssumedBenefitsUpdated;
import org.golive.contract.budget.BudgetApproved;
import org.golive.contract.budget.BudgetChangeDecided;
import org.golive.contract.budget.BudgetChangeRequested;
import org.golive.contract.budget.BudgetClosed;
import org.golive.contract.budget.BudgetOpened;
import org.golive.contract.budget.BudgetReturned;
import org.golive.contract.budget.BudgetSubmitted;
import org.golive.contract.budget.CommitmentRecorded;
import org.golive.contract.budget.EnvelopeSet;
import org.golive.contract.budget.FiscalImpactUpdated;
import org.golive.contract.budget.ForecastUpdated;
import org.golive.contract.budget.PhasingShifted;
import org.golive.contract.budget.ThresholdCrossed;
import org.golive.contract.budget.ThresholdsSet;
import org.golive.contract.budget.LabourCostRuleSet;
import org.golive.contract.planning.AssignmentChanged;
import org.golive.contract.planning.BaselineSet;
import org.golive.contract.planning.CalendarChanged;
import org.golive.contract.planning.GoLiveRescheduled;
import org.golive.contract.planning.MilestoneAchieved;
import org.golive.contract.planning.MilestoneSlipped;
import org.golive.contract.planning.PlanInstantiated;
import org.golive.contract.planning.PlanReplaced;
import org.golive.contract.planning.ResourceAdded;
import org.golive.contract.planning.ResourceAssignmentsChanged;
import org.golive.contract.planning.LabourCostChanged;
import org.golive.contract.planning.ResourceOverAllocated;
import org.golive.contract.planning.ResourceLevellingApplied;
import org.golive.contract.planning.ResourceLevellingStarted;
import org.golive.contract.planning.RolloutPrioritySet;
import org.golive.contract.planning.ScenarioCreated;
import org.golive.contract.planning.ScenarioDeleted;
import org.golive.contract.planning.ScenarioPromoted;
import org.golive.contract.planning.ScenarioPromotionStarted;
import org.golive.contract.planning.ResourceOverAllocationResolved;
import org.golive.contract.planning.ResourceRemoved;
import org.golive.contract.planning.ResourceUpdated;
import org.golive.contract.planning.ProgramCreated;
import org.golive.contract.planning.ProgramUpdated;
import org.golive.contract.planning.RolloutCreated;
import org.golive.contract.planning.RolloutUpdated;
import org.golive.contract.planning.StatusDateSet;
import org.golive.contract.planning.TaskCompleted;
import org.golive.contract.planning.TaskCreated;
import org.golive.contract.planning.TaskStatusChanged;
import org.golive.contract.planning.TaskUpdated;
import org.golive.contract.planning.WaveCreated;
import org.golive.contract.planning.WaveUpdated;
import org.golive.contract.stakeholder.AcknowledgementEscalated;
import org.golive.contract.stakeholder.CommunicationAcknowledged;
import org.golive.contract.stakeholder.CommunicationDelivered;
import org.golive.contract.stakeholder.CommunicationFailed;
import org.golive.contract.stakeholder.CommunicationFellDue;
import org.golive.contract.stakeholder.CommunicationPlanned;
import org.golive.contract.stakeholder.CommunicationReplanned;
import org.golive.contract.stakeholder.CommunicationSent;
import org.golive.contract.stakeholder.ConflictEscalated;
import org.golive.contract.stakeholder.ConflictRaised;
import org.golive.contract.stakeholder.ConflictResolved;
import org.golive.contract.stakeholder.ConflictUpdated;
import org.golive.contract.stakeholder.StakeholderEngagementChanged;
import org.golive.contract.stakeholder.StakeholderRegistered;
import org.golive.contract.stakeholder.StakeholderUpdated;
import org.golive.contract.tracking.GoNoGoDecided;
import org.golive.contract.tracking.ReadinessAssessed;
import org.golive.contract.tracking.HealthChanged;
import org.golive.contract.tracking.StatusReportPublished;
import org.golive.contract.tracking.KpiDefined;
import org.golive.contract.tracking.KpiMeasured;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type Golive publishes. The contract tests keep this list, the schemas and the AsyncAPI document in step. */
public final class EventCatalog {

    public static final EventType PROGRAM_CREATED = new EventType(ProgramCreated.TYPE, Topics.PLANNING, ProgramCreated.class);
    public static final EventType WAVE_CREATED = new EventType(WaveCreated.TYPE, Topics.PLANNING, WaveCreated.class);
    public static final EventType ROLLOUT_CREATED = new EventType(RolloutCreated.TYPE, Topics.PLANNING, RolloutCreated.class);
    public static final EventType PROGRAM_UPDATED = new EventType(ProgramUpdated.TYPE, Topics.PLANNING, ProgramUpdated.class);
    public static final EventType WAVE_UPDATED = new EventType(WaveUpdated.TYPE, Topics.PLANNING, WaveUpdated.class);
    public static final EventType ROLLOUT_UPDATED = new EventType(RolloutUpdated.TYPE, Topics.PLANNING, RolloutUpdated.class);
    public static final EventType PLAN_INSTANTIATED = new EventType(PlanInstantiated.TYPE, Topics.PLANNING, PlanInstantiated.class);
    public static final EventType PLAN_REPLACED = new EventType(PlanReplaced.TYPE, Topics.PLANNING, PlanReplaced.class);
    public static final EventType GO_LIVE_RESCHEDULED = new EventType(GoLiveRescheduled.TYPE, Topics.PLANNING, GoLiveRescheduled.class);
    public static final EventType TASK_CREATED = new EventType(TaskCreated.TYPE, Topics.PLANNING, TaskCreated.class);
    public static final EventType TASK_UPDATED = new EventType(TaskUpdated.TYPE, Topics.PLANNING, TaskUpdated.class);
    public static final EventType TASK_STATUS_CHANGED = new EventType(TaskStatusChanged.TYPE, Topics.PLANNING, TaskStatusChanged.class);
    public static final EventType TASK_COMPLETED = new EventType(TaskCompleted.TYPE, Topics.PLANNING, TaskCompleted.class);
    public static final EventType MILESTONE_ACHIEVED = new EventType(MilestoneAchieved.TYPE, Topics.PLANNING, MilestoneAchieved.class);
    public static final EventType MILESTONE_SLIPPED = new EventType(MilestoneSlipped.TYPE, Topics.PLANNING, MilestoneSlipped.class);
    public static final EventType BASELINE_SET = new EventType(BaselineSet.TYPE, Topics.PLANNING, BaselineSet.class);
    public static final EventType STATUS_DATE_SET = new EventType(StatusDateSet.TYPE, Topics.PLANNING, StatusDateSet.class);
    public static final EventType CALENDAR_CHANGED = new EventType(CalendarChanged.TYPE, Topics.PLANNING, CalendarChanged.class);
    public static final EventType ASSIGNMENT_CHANGED = new EventType(AssignmentChanged.TYPE, Topics.PLANNING, AssignmentChanged.class);
    public static final EventType RESOURCE_ADDED = new EventType(ResourceAdded.TYPE, Topics.PLANNING, ResourceAdded.class);
    public static final EventType RESOURCE_UPDATED = new EventType(ResourceUpdated.TYPE, Topics.PLANNING, ResourceUpdated.class);
    public static final EventType RESOURCE_REMOVED = new EventType(ResourceRemoved.TYPE, Topics.PLANNING, ResourceRemoved.class);
    public static final EventType RESOURCE_ASSIGNMENTS_CHANGED = new EventType(ResourceAssignmentsChanged.TYPE, Topics.PLANNING, ResourceAssignmentsChanged.class);
    public static final EventType RESOURCE_OVER_ALLOCATED = new EventType(ResourceOverAllocated.TYPE, Topics.PLANNING, ResourceOverAllocated.class);
    public static final EventType RESOURCE_OVER_ALLOCATION_RESOLVED = new EventType(ResourceOverAllocationResolved.TYPE, Topics.PLANNING, ResourceOverAllocationResolved.class);
    public static final EventType LABOUR_COST_CHANGED = new EventType(LabourCostChanged.TYPE, Topics.PLANNING, LabourCostChanged.class);
    public static final EventType RESOURCE_LEVELLING_STARTED = new EventType(ResourceLevellingStarted.TYPE, Topics.PLANNING, ResourceLevellingStarted.class);
    public static final EventType RESOURCE_LEVELLING_APPLIED = new EventType(ResourceLevellingApplied.TYPE, Topics.PLANNING, ResourceLevellingApplied.class);
    public static final EventType ROLLOUT_PRIORITY_SET = new EventType(RolloutPrioritySet.TYPE, Topics.PLANNING, RolloutPrioritySet.class);
    public static final EventType SCENARIO_CREATED = new EventType(ScenarioCreated.TYPE, Topics.PLANNING, ScenarioCreated.class);
    public static final EventType SCENARIO_PROMOTION_STARTED = new EventType(ScenarioPromotionStarted.TYPE, Topics.PLANNING, ScenarioPromotionStarted.class);
    public static final EventType SCENARIO_PROMOTED = new EventType(ScenarioPromoted.TYPE, Topics.PLANNING, ScenarioPromoted.class);
    public static final EventType SCENARIO_DELETED = new EventType(ScenarioDeleted.TYPE, Topics.PLANNING, ScenarioDeleted.class);
    public static final EventType BUDGET_OPENED = new EventType(BudgetOpened.TYPE, Topics.BUDGET, BudgetOpened.class);
    public static final EventType BUDGET_SUBMITTED = new EventType(BudgetSubmitted.TYPE, Topics.BUDGET, BudgetSubmitted.class);
    public static final EventType BUDGET_APPROVED = new EventType(BudgetApproved.TYPE, Topics.BUDGET, BudgetApproved.class);
    public static final EventType BUDGET_RETURNED = new EventType(BudgetReturned.TYPE, Topics.BUDGET, BudgetReturned.class);
    public static final EventType BUDGET_CLOSED = new EventType(BudgetClosed.TYPE, Topics.BUDGET, BudgetClosed.class);
    public static final EventType ENVELOPE_SET = new EventType(EnvelopeSet.TYPE, Topics.BUDGET, EnvelopeSet.class);
    public static final EventType FORECAST_UPDATED = new EventType(ForecastUpdated.TYPE, Topics.BUDGET, ForecastUpdated.class);
    public static final EventType PHASING_SHIFTED = new EventType(PhasingShifted.TYPE, Topics.BUDGET, PhasingShifted.class);
    public static final EventType BUDGET_CHANGE_REQUESTED = new EventType(BudgetChangeRequested.TYPE, Topics.BUDGET, BudgetChangeRequested.class);
    public static final EventType BUDGET_CHANGE_DECIDED = new EventType(BudgetChangeDecided.TYPE, Topics.BUDGET, BudgetChangeDecided.class);
    public static final EventType ACTUAL_RECORDED = new EventType(ActualRecorded.TYPE, Topics.BUDGET, ActualRecorded.class);
    public static final EventType COMMITMENT_RECORDED = new EventType(CommitmentRecorded.TYPE, Topics.BUDGET, CommitmentRecorded.class);
    public static final EventType THRESHOLD_CROSSED = new EventType(ThresholdCrossed.TYPE, Topics.BUDGET, ThresholdCrossed.class);
    public static final EventType THRESHOLDS_SET = new EventType(ThresholdsSet.TYPE, Topics.BUDGET, ThresholdsSet.class);
    public static final EventType LABOUR_COST_RULE_SET = new EventType(LabourCostRuleSet.TYPE, Topics.BUDGET, LabourCostRuleSet.class);
    public static final EventType FISCAL_IMPACT_UPDATED = new EventType(FiscalImpactUpdated.TYPE, Topics.BUDGET, FiscalImpactUpdated.class);
    public static final EventType ASSUMED_BENEFITS_UPDATED = new EventType(AssumedBenefitsUpdated.TYPE, Topics.BUDGET, AssumedBenefitsUpdated.class);
    public static final EventType STAKEHOLDER_REGISTERED = new EventType(StakeholderRegistered.TYPE, Topics.STAKEHOLDER, StakeholderRegistered.class);
    public static final EventType STAKEHOLDER_UPDATED = new EventType(StakeholderUpdated.TYPE, Topics.STAKEHOLDER, StakeholderUpdated.class);
    public static final EventType STAKEHOLDER_ENGAGEMENT_CHANGED = new EventType(StakeholderEngagementChanged.TYPE, Topics.STAKEHOLDER, StakeholderEngagementChanged.class);
    public static final EventType CONFLICT_RAISED = new EventType(ConflictRaised.TYPE, Topics.STAKEHOLDER, ConflictRaised.class);
    public static final EventType CONFLICT_ESCALATED = new EventType(ConflictEscalated.TYPE, Topics.STAKEHOLDER, ConflictEscalated.class);
    public static final EventType CONFLICT_RESOLVED = new EventType(ConflictResolved.TYPE, Topics.STAKEHOLDER, ConflictResolved.class);
    public static final EventType CONFLICT_UPDATED = new EventType(ConflictUpdated.TYPE, Topics.STAKEHOLDER, ConflictUpdated.class);
    public static final EventType READINESS_ASSESSED = new EventType(ReadinessAssessed.TYPE, Topics.TRACKING, ReadinessAssessed.class);
    public static final EventType GO_NO_GO_DECIDED = new EventType(GoNoGoDecided.TYPE, Topics.TRACKING, GoNoGoDecided.class);
    public static final EventType HEALTH_CHANGED = new EventType(HealthChanged.TYPE, Topics.TRACKING, HealthChanged.class);
    public static final EventType STATUS_REPORT_PUBLISHED = new EventType(StatusReportPublished.TYPE, Topics.TRACKING, StatusReportPublished.class);
    public static final EventType KPI_DEFINED = new EventType(KpiDefined.TYPE, Topics.TRACKING, KpiDefined.class);
    public static final EventType KPI_MEASURED = new EventType(KpiMeasured.TYPE, Topics.TRACKING, KpiMeasured.class);
    public static final EventType COMMUNICATION_PLANNED = new EventType(CommunicationPlanned.TYPE, Topics.STAKEHOLDER, CommunicationPlanned.class);
    public static final EventType COMMUNICATION_REPLANNED = new EventType(CommunicationReplanned.TYPE, Topics.STAKEHOLDER, CommunicationReplanned.class);
    public static final EventType COMMUNICATION_SENT = new EventType(CommunicationSent.TYPE, Topics.STAKEHOLDER, CommunicationSent.class);
    public static final EventType COMMUNICATION_DELIVERED = new EventType(CommunicationDelivered.TYPE, Topics.STAKEHOLDER, CommunicationDelivered.class);
    public static final EventType COMMUNICATION_FAILED = new EventType(CommunicationFailed.TYPE, Topics.STAKEHOLDER, CommunicationFailed.class);
    public static final EventType COMMUNICATION_ACKNOWLEDGED = new EventType(CommunicationAcknowledged.TYPE, Topics.STAKEHOLDER, CommunicationAcknowledged.class);
    public static final EventType ACKNOWLEDGEMENT_ESCALATED = new EventType(AcknowledgementEscalated.TYPE, Topics.STAKEHOLDER, AcknowledgementEscalated.class);
    public static final EventType COMMUNICATION_FELL_DUE = new EventType(CommunicationFellDue.TYPE, Topics.STAKEHOLDER, CommunicationFellDue.class);

    private static final List<EventType> ALL = List.of(PROGRAM_CREATED, WAVE_CREATED, ROLLOUT_CREATED,
            PROGRAM_UPDATED, WAVE_UPDATED, ROLLOUT_UPDATED,
            PLAN_INSTANTIATED, PLAN_REPLACED, GO_LIVE_RESCHEDULED, TASK_CREATED, TASK_UPDATED, TASK_STATUS_CHANGED,
            TASK_COMPLETED, MILESTONE_ACHIEVED, MILESTONE_SLIPPED, BASELINE_SET, STATUS_DATE_SET, CALENDAR_CHANGED,
            ASSIGNMENT_CHANGED,
            RESOURCE_ADDED, RESOURCE_UPDATED, RESOURCE_REMOVED, RESOURCE_ASSIGNMENTS_CHANGED, RESOURCE_OVER_ALLOCATED,
            RESOURCE_OVER_ALLOCATION_RESOLVED, LABOUR_COST_CHANGED, RESOURCE_LEVELLING_STARTED,
            RESOURCE_LEVELLING_APPLIED, ROLLOUT_PRIORITY_SET, SCENARIO_CREATED, SCENARIO_PROMOTION_STARTED,
            SCENARIO_PROMOTED, SCENARIO_DELETED, BUDGET_OPENED,
            BUDGET_SUBMITTED, BUDGET_APPROVED, BUDGET_RETURNED, BUDGET_CLOSED, ENVELOPE_SET,
            ACTUAL_RECORDED, COMMITMENT_RECORDED, THRESHOLD_CROSSED, THRESHOLDS_SET, LABOUR_COST_RULE_SET, BUDGET_CHANGE_REQUESTED, BUDGET_CHANGE_DECIDED,
            PHASING_SHIFTED, FORECAST_UPDATED, FISCAL_IMPACT_UPDATED, ASSUMED_BENEFITS_UPDATED,
            STAKEHOLDER_REGISTERED, STAKEHOLDER_UPDATED, STAKEHOLDER_ENGAGEMENT_CHANGED,
            CONFLICT_RAISED, CONFLICT_ESCALATED, CONFLICT_RESOLVED, CONFLICT_UPDATED,
            READINESS_ASSESSED, GO_NO_GO_DECIDED, HEALTH_CHANGED, KPI_DEFINED, KPI_MEASURED,
            COMMUNICATION_PLANNED, COMMUNICATION_REPLANNED, COMMUNICATION_SENT, COMMUNICATION_DELIVERED, COMMUNICATION_FAILED,
            COMMUNICATION_ACKNOWLEDGED, ACKNOWLEDGEMENT_ESCALATED, COMMUNICATION_FELL_DUE,
            STATUS_REPORT_PUBLISHED);

    private static final Map<String, EventType> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));
    private static final Map<Class<?>, EventType> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::dataClass, Function.identity()));

    private EventCatalog() {
    }

    public static List<EventType> all() {
        return ALL;
    }

    public static Optional<EventType> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static EventType of(Class<?> dataClass) {
        EventType type = BY_CLASS.get(dataClass);
        if (type == null) {
            throw new IllegalArgumentException(dataClass.getName() + " is not a published event; add it to EventCatalog");
        }
        return type;
    }
}
