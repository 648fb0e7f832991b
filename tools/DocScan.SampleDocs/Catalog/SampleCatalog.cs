using DocScan.SampleDocs.Samples;

namespace DocScan.SampleDocs.Catalog;

/// <summary>Every sample: the seed cases first, then hiding places and look-alikes, then one positive per
/// finding type with its look-alikes, then the fail-closed paths.</summary>
public static class SampleCatalog
{
    public static IReadOnlyList<ISample> All { get; } =
    [
        new NhiQueryExport(),
        new PoliceDutyReport(),
        new EvaluationMeetingNotice(),
        new LandTranscript(),
        new IncidentReport(),
        new PressRelease(),
        new BriefingSlides(),
        new LetterByMail(),
        new EvaluatorInvitationMail(),
        new LegacySystemExport(),
        new MigrantWorkerRoster(),
        new PetitionAttachments(),
        new ForwardedPetitionMail(),
        new InvestigationReport(),
        new ReliefApplicantList(),
        new MeetingMinutesWithHeader(),
        new PetitionDraftWithHiddenText(),
        new EligibilityNoticeWithTextBox(),
        new BudgetSheet(),
        new ParkingFeeNotice(),
        new ClassifiedDeploymentLetter(),
        new MacroCostEstimate(),
        new EvaluatorMaterialsMailBcc(),
        new LandOwnerList(),
        new TheftCaseReferral(),
        new SecrecyTrainingHandout(),
        new CatastrophicIllnessNotice(),
        new AwardNotice(),
        new FeeRefundForm(),
        new ExchangeStudentRoster(),
        new TowedVehicleRegister(),
        new TruncatedFiles(),
        new EncryptedFiles(),
        new ScannedLetter(),
        new QueryScreenshot(),
        new ArchiveLimits(),
        new MisnamedRoster(),
        new LegacyWordFile(),
        new ElectronicLetterPackage(),
        new LegacyBig5Memo(),
        new UnknownBinary(),
    ];
}
