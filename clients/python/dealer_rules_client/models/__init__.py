"""Contains all the data models used in inputs/outputs"""

from .accept_request import AcceptRequest
from .accept_result import AcceptResult
from .action_info import ActionInfo
from .action_info_params_schema import ActionInfoParamsSchema
from .applied_action import AppliedAction
from .applied_action_params import AppliedActionParams
from .audit_item import AuditItem
from .audit_item_detail import AuditItemDetail
from .audit_list import AuditList
from .batch_callbacks_item import BatchCallbacksItem
from .batch_callbacks_request import BatchCallbacksRequest
from .batch_callbacks_response import BatchCallbacksResponse
from .batch_callbacks_result import BatchCallbacksResult
from .batch_error import BatchError
from .batch_offers_item import BatchOffersItem
from .batch_offers_request import BatchOffersRequest
from .batch_offers_response import BatchOffersResponse
from .batch_offers_result import BatchOffersResult
from .batch_parts_item import BatchPartsItem
from .batch_parts_request import BatchPartsRequest
from .batch_parts_response import BatchPartsResponse
from .batch_parts_result import BatchPartsResult
from .batch_sla_item import BatchSlaItem
from .batch_sla_request import BatchSlaRequest
from .batch_sla_response import BatchSlaResponse
from .batch_sla_result import BatchSlaResult
from .batch_tiers_item import BatchTiersItem
from .batch_tiers_request import BatchTiersRequest
from .batch_tiers_response import BatchTiersResponse
from .batch_tiers_result import BatchTiersResult
from .callbacks_callback import CallbacksCallback
from .callbacks_callback_facts import CallbacksCallbackFacts
from .callbacks_callback_moved_item import CallbacksCallbackMovedItem
from .callbacks_callback_result import CallbacksCallbackResult
from .callbacks_callback_result_status import CallbacksCallbackResultStatus
from .callbacks_callback_status import CallbacksCallbackStatus
from .callbacks_calling_window import CallbacksCallingWindow
from .callbacks_complaint import CallbacksComplaint
from .callbacks_customer import CallbacksCustomer
from .callbacks_decision import CallbacksDecision
from .callbacks_hold import CallbacksHold
from .callbacks_offer import CallbacksOffer
from .callbacks_stop import CallbacksStop
from .callbacks_topic import CallbacksTopic
from .callbacks_vehicle import CallbacksVehicle
from .case_body import CaseBody
from .case_body_facts import CaseBodyFacts
from .case_expect_input import CaseExpectInput
from .case_expect_input_result import CaseExpectInputResult
from .case_expect_output import CaseExpectOutput
from .case_expect_output_result import CaseExpectOutputResult
from .case_item import CaseItem
from .case_item_facts import CaseItemFacts
from .case_list import CaseList
from .case_outcome import CaseOutcome
from .case_saved import CaseSaved
from .case_write import CaseWrite
from .change_kind import ChangeKind
from .changed_value import ChangedValue
from .check_request import CheckRequest
from .check_result import CheckResult
from .condition_part import ConditionPart
from .created_key import CreatedKey
from .diff_result import DiffResult
from .domain_info import DomainInfo
from .domain_info_facts_schema import DomainInfoFactsSchema
from .domain_info_result_schema import DomainInfoResultSchema
from .domain_list import DomainList
from .dry_run_callbacks_request import DryRunCallbacksRequest
from .dry_run_offers_request import DryRunOffersRequest
from .dry_run_parts_request import DryRunPartsRequest
from .dry_run_sla_request import DryRunSlaRequest
from .dry_run_tiers_request import DryRunTiersRequest
from .effect import Effect
from .entitlement_shift import EntitlementShift
from .evaluate_callbacks_request import EvaluateCallbacksRequest
from .evaluate_offers_request import EvaluateOffersRequest
from .evaluate_parts_request import EvaluatePartsRequest
from .evaluate_sla_request import EvaluateSlaRequest
from .evaluate_tiers_request import EvaluateTiersRequest
from .expect_change import ExpectChange
from .export_xlsx_lang import ExportXlsxLang
from .export_xlsx_version import ExportXlsxVersion
from .failed_case import FailedCase
from .field_change import FieldChange
from .fired_rule import FiredRule
from .get_parameters_version import GetParametersVersion
from .group_info import GroupInfo
from .group_list import GroupList
from .impact_example import ImpactExample
from .impact_example_changes import ImpactExampleChanges
from .impact_example_facts import ImpactExampleFacts
from .impact_file import ImpactFile
from .impact_item import ImpactItem
from .impact_item_facts import ImpactItemFacts
from .impact_report import ImpactReport
from .impact_request import ImpactRequest
from .import_xlsx_files_body import ImportXlsxFilesBody
from .key_info import KeyInfo
from .key_list import KeyList
from .new_group import NewGroup
from .new_group_locale import NewGroupLocale
from .new_key import NewKey
from .new_key_scopes_item import NewKeyScopesItem
from .not_fired import NotFired
from .not_fired_values import NotFiredValues
from .offers_customer import OffersCustomer
from .offers_customer_preferences_item import OffersCustomerPreferencesItem
from .offers_customer_segment_type_0 import OffersCustomerSegmentType0
from .offers_deal import OffersDeal
from .offers_decision import OffersDecision
from .offers_delivery import OffersDelivery
from .offers_facts import OffersFacts
from .offers_item import OffersItem
from .offers_needs import OffersNeeds
from .offers_needs_budget_band_type_0 import OffersNeedsBudgetBandType0
from .offers_needs_parking_type_0 import OffersNeedsParkingType0
from .offers_needs_usage_scenario_type_0 import OffersNeedsUsageScenarioType0
from .offers_offer import OffersOffer
from .offers_offer_kind import OffersOfferKind
from .offers_part_advice import OffersPartAdvice
from .offers_part_advice_track import OffersPartAdviceTrack
from .offers_part_needed import OffersPartNeeded
from .offers_recommendation import OffersRecommendation
from .offers_repair_record import OffersRepairRecord
from .offers_repair_record_outcome import OffersRepairRecordOutcome
from .offers_result import OffersResult
from .offers_vehicle import OffersVehicle
from .offers_visit import OffersVisit
from .offers_visit_kind import OffersVisitKind
from .parameter_change import ParameterChange
from .parameter_info import ParameterInfo
from .parameter_info_constraints import ParameterInfoConstraints
from .parameter_info_section import ParameterInfoSection
from .parameter_list import ParameterList
from .parts_daily_use import PartsDailyUse
from .parts_decision import PartsDecision
from .parts_facts import PartsFacts
from .parts_reorder import PartsReorder
from .parts_result import PartsResult
from .parts_stocked_part import PartsStockedPart
from .patch_parameters import PatchParameters
from .patched_draft import PatchedDraft
from .problem import Problem
from .problem_item import ProblemItem
from .problem_item_severity import ProblemItemSeverity
from .publish_request import PublishRequest
from .rollback_request import RollbackRequest
from .rule_explanation import RuleExplanation
from .rule_shift import RuleShift
from .ruleset_identity import RulesetIdentity
from .ruleset_list import RulesetList
from .ruleset_summary import RulesetSummary
from .save_draft import SaveDraft
from .saved_draft import SavedDraft
from .semantic_change import SemanticChange
from .semantic_change_kind import SemanticChangeKind
from .sla_advisor import SlaAdvisor
from .sla_award import SlaAward
from .sla_commission import SlaCommission
from .sla_commission_line import SlaCommissionLine
from .sla_complaint import SlaComplaint
from .sla_complaint_topic import SlaComplaintTopic
from .sla_decision import SlaDecision
from .sla_delivery_block import SlaDeliveryBlock
from .sla_diagnosis_report import SlaDiagnosisReport
from .sla_enquiry import SlaEnquiry
from .sla_enquiry_channel import SlaEnquiryChannel
from .sla_entitlement import SlaEntitlement
from .sla_escalation import SlaEscalation
from .sla_escalation_milestone import SlaEscalationMilestone
from .sla_facts import SlaFacts
from .sla_ladder_step import SlaLadderStep
from .sla_ladder_step_milestones_item import SlaLadderStepMilestonesItem
from .sla_milestone import SlaMilestone
from .sla_milestone_clock import SlaMilestoneClock
from .sla_milestone_code import SlaMilestoneCode
from .sla_milestone_status import SlaMilestoneStatus
from .sla_milestone_target_unit import SlaMilestoneTargetUnit
from .sla_month_customer import SlaMonthCustomer
from .sla_mystery_shopper_pick import SlaMysteryShopperPick
from .sla_order import SlaOrder
from .sla_picked_customer import SlaPickedCustomer
from .sla_rating import SlaRating
from .sla_reception import SlaReception
from .sla_repair import SlaRepair
from .sla_repair_job import SlaRepairJob
from .sla_repair_job_technician_grade_type_0 import SlaRepairJobTechnicianGradeType0
from .sla_repair_step import SlaRepairStep
from .sla_replaced_part import SlaReplacedPart
from .sla_requirement import SlaRequirement
from .sla_requirement_status import SlaRequirementStatus
from .sla_result import SlaResult
from .sla_result_milestones import SlaResultMilestones
from .sla_review import SlaReview
from .sla_service_month import SlaServiceMonth
from .sla_warning import SlaWarning
from .tiers_bill import TiersBill
from .tiers_car_purchase import TiersCarPurchase
from .tiers_club_invitation import TiersClubInvitation
from .tiers_customer import TiersCustomer
from .tiers_decision import TiersDecision
from .tiers_entitlement import TiersEntitlement
from .tiers_facts import TiersFacts
from .tiers_included import TiersIncluded
from .tiers_paid_service_order import TiersPaidServiceOrder
from .tiers_pickup_delivery import TiersPickupDelivery
from .tiers_points_award import TiersPointsAward
from .tiers_redeemable import TiersRedeemable
from .tiers_referral import TiersReferral
from .tiers_referred_by import TiersReferredBy
from .tiers_result import TiersResult
from .tiers_service_order import TiersServiceOrder
from .tiers_service_order_kind import TiersServiceOrderKind
from .timings import Timings
from .version_info import VersionInfo
from .version_info_state import VersionInfoState
from .version_list import VersionList
from .version_text import VersionText
from .version_text_state import VersionTextState

__all__ = (
    "AcceptRequest",
    "AcceptResult",
    "ActionInfo",
    "ActionInfoParamsSchema",
    "AppliedAction",
    "AppliedActionParams",
    "AuditItem",
    "AuditItemDetail",
    "AuditList",
    "BatchCallbacksItem",
    "BatchCallbacksRequest",
    "BatchCallbacksResponse",
    "BatchCallbacksResult",
    "BatchError",
    "BatchOffersItem",
    "BatchOffersRequest",
    "BatchOffersResponse",
    "BatchOffersResult",
    "BatchPartsItem",
    "BatchPartsRequest",
    "BatchPartsResponse",
    "BatchPartsResult",
    "BatchSlaItem",
    "BatchSlaRequest",
    "BatchSlaResponse",
    "BatchSlaResult",
    "BatchTiersItem",
    "BatchTiersRequest",
    "BatchTiersResponse",
    "BatchTiersResult",
    "CallbacksCallback",
    "CallbacksCallbackFacts",
    "CallbacksCallbackMovedItem",
    "CallbacksCallbackResult",
    "CallbacksCallbackResultStatus",
    "CallbacksCallbackStatus",
    "CallbacksCallingWindow",
    "CallbacksComplaint",
    "CallbacksCustomer",
    "CallbacksDecision",
    "CallbacksHold",
    "CallbacksOffer",
    "CallbacksStop",
    "CallbacksTopic",
    "CallbacksVehicle",
    "CaseBody",
    "CaseBodyFacts",
    "CaseExpectInput",
    "CaseExpectInputResult",
    "CaseExpectOutput",
    "CaseExpectOutputResult",
    "CaseItem",
    "CaseItemFacts",
    "CaseList",
    "CaseOutcome",
    "CaseSaved",
    "CaseWrite",
    "ChangedValue",
    "ChangeKind",
    "CheckRequest",
    "CheckResult",
    "ConditionPart",
    "CreatedKey",
    "DiffResult",
    "DomainInfo",
    "DomainInfoFactsSchema",
    "DomainInfoResultSchema",
    "DomainList",
    "DryRunCallbacksRequest",
    "DryRunOffersRequest",
    "DryRunPartsRequest",
    "DryRunSlaRequest",
    "DryRunTiersRequest",
    "Effect",
    "EntitlementShift",
    "EvaluateCallbacksRequest",
    "EvaluateOffersRequest",
    "EvaluatePartsRequest",
    "EvaluateSlaRequest",
    "EvaluateTiersRequest",
    "ExpectChange",
    "ExportXlsxLang",
    "ExportXlsxVersion",
    "FailedCase",
    "FieldChange",
    "FiredRule",
    "GetParametersVersion",
    "GroupInfo",
    "GroupList",
    "ImpactExample",
    "ImpactExampleChanges",
    "ImpactExampleFacts",
    "ImpactFile",
    "ImpactItem",
    "ImpactItemFacts",
    "ImpactReport",
    "ImpactRequest",
    "ImportXlsxFilesBody",
    "KeyInfo",
    "KeyList",
    "NewGroup",
    "NewGroupLocale",
    "NewKey",
    "NewKeyScopesItem",
    "NotFired",
    "NotFiredValues",
    "OffersCustomer",
    "OffersCustomerPreferencesItem",
    "OffersCustomerSegmentType0",
    "OffersDeal",
    "OffersDecision",
    "OffersDelivery",
    "OffersFacts",
    "OffersItem",
    "OffersNeeds",
    "OffersNeedsBudgetBandType0",
    "OffersNeedsParkingType0",
    "OffersNeedsUsageScenarioType0",
    "OffersOffer",
    "OffersOfferKind",
    "OffersPartAdvice",
    "OffersPartAdviceTrack",
    "OffersPartNeeded",
    "OffersRecommendation",
    "OffersRepairRecord",
    "OffersRepairRecordOutcome",
    "OffersResult",
    "OffersVehicle",
    "OffersVisit",
    "OffersVisitKind",
    "ParameterChange",
    "ParameterInfo",
    "ParameterInfoConstraints",
    "ParameterInfoSection",
    "ParameterList",
    "PartsDailyUse",
    "PartsDecision",
    "PartsFacts",
    "PartsReorder",
    "PartsResult",
    "PartsStockedPart",
    "PatchedDraft",
    "PatchParameters",
    "Problem",
    "ProblemItem",
    "ProblemItemSeverity",
    "PublishRequest",
    "RollbackRequest",
    "RuleExplanation",
    "RulesetIdentity",
    "RulesetList",
    "RulesetSummary",
    "RuleShift",
    "SavedDraft",
    "SaveDraft",
    "SemanticChange",
    "SemanticChangeKind",
    "SlaAdvisor",
    "SlaAward",
    "SlaCommission",
    "SlaCommissionLine",
    "SlaComplaint",
    "SlaComplaintTopic",
    "SlaDecision",
    "SlaDeliveryBlock",
    "SlaDiagnosisReport",
    "SlaEnquiry",
    "SlaEnquiryChannel",
    "SlaEntitlement",
    "SlaEscalation",
    "SlaEscalationMilestone",
    "SlaFacts",
    "SlaLadderStep",
    "SlaLadderStepMilestonesItem",
    "SlaMilestone",
    "SlaMilestoneClock",
    "SlaMilestoneCode",
    "SlaMilestoneStatus",
    "SlaMilestoneTargetUnit",
    "SlaMonthCustomer",
    "SlaMysteryShopperPick",
    "SlaOrder",
    "SlaPickedCustomer",
    "SlaRating",
    "SlaReception",
    "SlaRepair",
    "SlaRepairJob",
    "SlaRepairJobTechnicianGradeType0",
    "SlaRepairStep",
    "SlaReplacedPart",
    "SlaRequirement",
    "SlaRequirementStatus",
    "SlaResult",
    "SlaResultMilestones",
    "SlaReview",
    "SlaServiceMonth",
    "SlaWarning",
    "TiersBill",
    "TiersCarPurchase",
    "TiersClubInvitation",
    "TiersCustomer",
    "TiersDecision",
    "TiersEntitlement",
    "TiersFacts",
    "TiersIncluded",
    "TiersPaidServiceOrder",
    "TiersPickupDelivery",
    "TiersPointsAward",
    "TiersRedeemable",
    "TiersReferral",
    "TiersReferredBy",
    "TiersResult",
    "TiersServiceOrder",
    "TiersServiceOrderKind",
    "Timings",
    "VersionInfo",
    "VersionInfoState",
    "VersionList",
    "VersionText",
    "VersionTextState",
)
