/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment CaseSummary on CasePost {\n    id\n    title\n    status\n    replyCount\n    createdAt\n    tags\n    patientAge\n    patientSex\n    anonymous\n    author {\n      id\n      displayName\n    }\n    channel {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.CaseSummaryFragmentDoc,
    "\n  query LayoutMe {\n    me {\n      id\n      displayName\n      role\n      verificationStatus\n    }\n  }\n": typeof types.LayoutMeDocument,
    "\n  query UnreadNotifications {\n    notifications(first: 20, unreadOnly: true) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.UnreadNotificationsDocument,
    "\n  subscription NotificationAddedBadge {\n    notificationAdded {\n      id\n      kind\n      createdAt\n      readAt\n      consult {\n        id\n        status\n        dueAt\n        consultant {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.NotificationAddedBadgeDocument,
    "\n  query PagesSpecFeed($channelId: ID, $after: String) {\n    feed(channelId: $channelId, first: 2, after: $after) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PagesSpecFeedDocument,
    "\n  query AdminMe {\n    me {\n      id\n      role\n    }\n  }\n": typeof types.AdminMeDocument,
    "\n  query AdminAuditLog($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          at\n          action\n          targetType\n          targetId\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminAuditLogDocument,
    "\n  query AdminAuditActor($id: ID!) {\n    clinician(id: $id) {\n      id\n      displayName\n    }\n  }\n": typeof types.AdminAuditActorDocument,
    "\n  query AdminAuditCsv($filter: AuditLogFilter) {\n    auditLogCsv(filter: $filter)\n  }\n": typeof types.AdminAuditCsvDocument,
    "\n  query AdminClinicians($input: ClinicianSearchInput, $after: String) {\n    adminClinicians(input: $input, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          role\n          verificationStatus\n          state\n          createdAt\n          licenses {\n            id\n            status\n            jurisdiction\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminCliniciansDocument,
    "\n  mutation AdminSuspendClinician($clinicianId: ID!, $reason: String!) {\n    suspendClinician(clinicianId: $clinicianId, reason: $reason) {\n      id\n      verificationStatus\n    }\n  }\n": typeof types.AdminSuspendClinicianDocument,
    "\n  mutation AdminReinstateClinician($clinicianId: ID!, $reason: String!) {\n    reinstateClinician(clinicianId: $clinicianId, reason: $reason) {\n      id\n      verificationStatus\n    }\n  }\n": typeof types.AdminReinstateClinicianDocument,
    "\n  query AdminDashboard {\n    adminDashboard {\n      generatedAt\n      licenses {\n        waiting\n        waitingOverTwoDays\n        oldestSubmittedAt\n      }\n      reports {\n        open\n        oldestCreatedAt\n      }\n      overdueConsults\n      responseWindowDays\n      responseTimes {\n        specialty {\n          id\n          name\n        }\n        answered\n        medianMinutes\n      }\n      signupsPerWeek {\n        weekStart\n        count\n      }\n    }\n  }\n": typeof types.AdminDashboardDocument,
    "\n  query AdminVerificationQueue($filter: LicenseQueueFilter) {\n    licenseReviewQueue(filter: $filter, first: 25) {\n      edges {\n        node {\n          id\n          flag\n          informationRequestedAt\n          registryComparison {\n            score\n            npi\n            name\n            state\n            number\n            expiry\n            deactivation\n          }\n          npi\n          credential\n          jurisdiction\n          licenseNumber\n          expiresOn\n          submittedAt\n          registryMatch\n          status\n          clinician {\n            id\n            displayName\n            email\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AdminVerificationQueueDocument,
    "\n  mutation AdminReviewLicenses($input: ReviewLicensesInput!) {\n    reviewLicenses(input: $input) {\n      reviewed {\n        id\n        status\n        reviewedAt\n        informationRequestedAt\n      }\n      skipped {\n        licenseId\n        code\n        message\n      }\n    }\n  }\n": typeof types.AdminReviewLicensesDocument,
    "\n  query AdminRegistryImports {\n    registryImports(first: 20) {\n      id\n      status\n      source\n      percent\n      rowsRead\n      individualsImported\n      malformedRows\n      deactivationsApplied\n      licensesChecked\n      licensesFlagged\n      licensesRevoked\n      errorCode\n      createdAt\n      finishedAt\n    }\n  }\n": typeof types.AdminRegistryImportsDocument,
    "\n  mutation AdminStartRegistryImport($path: String!) {\n    startRegistryImport(path: $path) {\n      id\n      status\n    }\n  }\n": typeof types.AdminStartRegistryImportDocument,
    "\n  mutation AdminRedactCase($input: RedactCaseInput!) {\n    redactCase(input: $input) {\n      id\n      title\n      body\n    }\n  }\n": typeof types.AdminRedactCaseDocument,
    "\n  mutation AdminRedactReply($input: RedactReplyInput!) {\n    redactReply(input: $input) {\n      id\n      body\n    }\n  }\n": typeof types.AdminRedactReplyDocument,
    "\n  query AdminReports($status: ReportStatus) {\n    reports(status: $status, first: 10) {\n      edges {\n        node {\n          id\n          reason\n          note\n          status\n          outcome\n          returnNote\n          createdAt\n          reporter {\n            id\n            displayName\n          }\n          case {\n            id\n            title\n            body\n            author {\n              id\n              displayName\n            }\n            hold {\n              stage\n            }\n          }\n          reply {\n            id\n            body\n            author {\n              id\n              displayName\n            }\n            case {\n              id\n              title\n            }\n            hold {\n              stage\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminReportsDocument,
    "\n  mutation AdminRestoreContent($reportId: ID!) {\n    restoreContent(reportId: $reportId) {\n      id\n      status\n      outcome\n    }\n  }\n": typeof types.AdminRestoreContentDocument,
    "\n  mutation AdminReturnToAuthor($reportId: ID!, $note: String!) {\n    returnToAuthor(reportId: $reportId, note: $note) {\n      id\n      stage\n      returnNote\n    }\n  }\n": typeof types.AdminReturnToAuthorDocument,
    "\n  mutation AdminResolveReport($reportId: ID!, $removeContent: Boolean!) {\n    resolveReport(reportId: $reportId, removeContent: $removeContent) {\n      id\n      status\n    }\n  }\n": typeof types.AdminResolveReportDocument,
    "\n  query CaseStructured($id: ID!) {\n    case(id: $id) {\n      id\n      details {\n        clinicalQuestion\n        presentingProblem\n        tried\n        ageBand\n        localCapabilities\n        transferOptions\n        travelMinutes\n        nearestSpecialistKm\n        vitals {\n          heartRate\n          systolicBp\n          diastolicBp\n          oxygenSaturation\n          temperatureC\n        }\n      }\n    }\n  }\n": typeof types.CaseStructuredDocument,
    "\n  fragment CaseReply on Reply {\n    id\n    body\n    createdAt\n    isAccepted\n    isConsultAnswer\n    parent {\n      id\n    }\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.CaseReplyFragmentDoc,
    "\n  query CaseDetail($id: ID!) {\n    me {\n      id\n      role\n    }\n    case(id: $id) {\n      id\n      title\n      body\n      status\n      anonymous\n      createdAt\n      patientAge\n      patientSex\n      tags\n      replyCount\n      author {\n        id\n        displayName\n      }\n      channel {\n        id\n        name\n        slug\n        specialty {\n          id\n          name\n        }\n      }\n      deidentification {\n        findingCount\n        categories\n      }\n    }\n  }\n": typeof types.CaseDetailDocument,
    "\n  query CaseReplies($id: ID!, $after: String) {\n    case(id: $id) {\n      id\n      replies(first: 15, after: $after) {\n        edges {\n          node {\n            ...CaseReply\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.CaseRepliesDocument,
    "\n  query CaseConsults($id: ID!) {\n    case(id: $id) {\n      id\n      consults {\n        ...CaseConsult\n      }\n    }\n  }\n": typeof types.CaseConsultsDocument,
    "\n  subscription ReplyAdded($caseId: ID!) {\n    replyAdded(caseId: $caseId) {\n      id\n    }\n  }\n": typeof types.ReplyAddedDocument,
    "\n  mutation ReplyToCase($input: ReplyInput!) {\n    replyToCase(input: $input) {\n      id\n    }\n  }\n": typeof types.ReplyToCaseDocument,
    "\n  mutation AcceptReply($replyId: ID!) {\n    acceptReply(replyId: $replyId) {\n      id\n      isAccepted\n      case {\n        id\n      }\n    }\n  }\n": typeof types.AcceptReplyDocument,
    "\n  mutation UpdateCaseStatus($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateCaseStatusDocument,
    "\n  query PreviewReply($body: String!, $spans: [TextSpanInput!]) {\n    body: previewDeidentification(text: $body, extraRedactions: $spans) {\n      ...PreviewOfText\n    }\n  }\n": typeof types.PreviewReplyDocument,
    "\n  query PreviewCase(\n    $title: String!\n    $body: String!\n    $spans: [TextSpanInput!]\n    $clinicalQuestion: String!\n    $withClinicalQuestion: Boolean!\n    $presentingProblem: String!\n    $withPresentingProblem: Boolean!\n    $tried: String!\n    $withTried: Boolean!\n  ) {\n    title: previewDeidentification(text: $title, policy: SHORT_FIELD) {\n      ...PreviewOfText\n    }\n    body: previewDeidentification(text: $body, extraRedactions: $spans) {\n      ...PreviewOfText\n    }\n    clinicalQuestion: previewDeidentification(text: $clinicalQuestion) @include(if: $withClinicalQuestion) {\n      ...PreviewOfText\n    }\n    presentingProblem: previewDeidentification(text: $presentingProblem)\n      @include(if: $withPresentingProblem) {\n      ...PreviewOfText\n    }\n    tried: previewDeidentification(text: $tried) @include(if: $withTried) {\n      ...PreviewOfText\n    }\n  }\n": typeof types.PreviewCaseDocument,
    "\n  query ComposerChannels {\n    channels {\n      id\n      name\n      isMember\n    }\n  }\n": typeof types.ComposerChannelsDocument,
    "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCaseDocument,
    "\n  mutation SaveCaseDetails($input: SaveCaseDetailsInput!) {\n    saveCaseDetails(input: $input) {\n      clinicalQuestion\n    }\n  }\n": typeof types.SaveCaseDetailsDocument,
    "\n  query PreviewMessage($body: String!, $spans: [TextSpanInput!]) {\n    body: previewDeidentification(text: $body, extraRedactions: $spans) {\n      ...PreviewOfText\n    }\n  }\n": typeof types.PreviewMessageDocument,
    "\n  query ConsultMessages($consultId: ID!, $after: String) {\n    consultMessages(consultId: $consultId, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          body\n          createdAt\n          requestsInformation\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsultMessagesDocument,
    "\n  mutation SendConsultMessage($input: SendConsultMessageInput!) {\n    sendConsultMessage(input: $input) {\n      id\n    }\n  }\n": typeof types.SendConsultMessageDocument,
    "\n  fragment CaseConsult on Consult {\n    id\n    status\n    urgency\n    dueAt\n    answerDueAt\n    createdAt\n    helpful\n    specialty {\n      id\n      name\n    }\n    consultant {\n      id\n      displayName\n    }\n    requestedBy {\n      id\n      displayName\n    }\n    answer {\n      id\n    }\n  }\n": typeof types.CaseConsultFragmentDoc,
    "\n  query Specialties {\n    specialties {\n      id\n      name\n    }\n  }\n": typeof types.SpecialtiesDocument,
    "\n  mutation RequestConsult($input: RequestConsultInput!) {\n    requestConsult(input: $input) {\n      ...CaseConsult\n      case {\n        id\n        consults {\n          id\n        }\n      }\n    }\n  }\n": typeof types.RequestConsultDocument,
    "\n  mutation ResolveConsult($consultId: ID!, $helpful: Boolean!) {\n    resolveConsult(consultId: $consultId, helpful: $helpful) {\n      id\n      status\n      helpful\n    }\n  }\n": typeof types.ResolveConsultDocument,
    "\n  mutation CancelConsult($consultId: ID!) {\n    cancelConsult(consultId: $consultId) {\n      id\n      status\n    }\n  }\n": typeof types.CancelConsultDocument,
    "\n  mutation AnswerConsult($input: AnswerConsultInput!) {\n    answerConsult(input: $input) {\n      id\n      status\n      answer {\n        id\n      }\n      case {\n        id\n        replyCount\n      }\n    }\n  }\n": typeof types.AnswerConsultDocument,
    "\n  fragment PreviewOfText on DeidentificationResult {\n    text\n    findings {\n      category\n      start\n      end\n      replacement\n    }\n    uncertain {\n      start\n      end\n      reason\n    }\n    warnings {\n      rule\n      message\n    }\n  }\n": typeof types.PreviewOfTextFragmentDoc,
    "\n  mutation ReportContent($input: ReportInput!) {\n    reportContent(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReportContentDocument,
    "\n  query DirectorySpecialties {\n    specialties {\n      id\n      name\n    }\n  }\n": typeof types.DirectorySpecialtiesDocument,
    "\n  query DirectoryCase($id: ID!) {\n    case(id: $id) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.DirectoryCaseDocument,
    "\n  query SpecialistDirectory($specialtyId: ID, $onCallNow: Boolean, $after: String) {\n    specialistDirectory(\n      specialtyId: $specialtyId\n      onCallNow: $onCallNow\n      acceptingConsults: true\n      first: 20\n      after: $after\n    ) {\n      edges {\n        node {\n          id\n          acceptingConsults\n          onCallNow\n          consultsAnswered\n          medianMinutesToAnswer\n          clinician {\n            id\n            displayName\n            state\n          }\n          specialties {\n            id\n            name\n          }\n          onCallWindows {\n            id\n            startsAt\n            endsAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SpecialistDirectoryDocument,
    "\n  mutation AskSpecialist($input: RequestConsultInput!) {\n    requestConsult(input: $input) {\n      id\n      status\n      urgency\n      dueAt\n      consultant {\n        id\n        displayName\n      }\n      case {\n        id\n        consults {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AskSpecialistDocument,
    "\n  query MyConsults($role: MyConsultRole, $statuses: [ConsultStatus!], $first: Int, $after: String) {\n    myConsults(role: $role, statuses: $statuses, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          status\n          urgency\n          dueAt\n          answerDueAt\n          helpful\n          createdAt\n          specialty {\n            id\n            name\n          }\n          case {\n            id\n            title\n          }\n          requestedBy {\n            id\n            displayName\n          }\n          consultant {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyConsultsDocument,
    "\n  query ConsultQueue {\n    consultQueue(first: 30) {\n      edges {\n        node {\n          id\n          status\n          urgency\n          dueAt\n          specialty {\n            id\n            name\n          }\n          case {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsultQueueDocument,
    "\n  mutation ClaimConsult($consultId: ID!) {\n    claimConsult(consultId: $consultId) {\n      id\n      status\n      consultant {\n        id\n        displayName\n      }\n      case {\n        id\n      }\n    }\n  }\n": typeof types.ClaimConsultDocument,
    "\n  query Channels {\n    channels {\n      id\n      name\n      slug\n      isMember\n      memberCount\n    }\n  }\n": typeof types.ChannelsDocument,
    "\n  query ChannelBySlug($slug: String!) {\n    channel(slug: $slug) {\n      id\n      name\n      slug\n      description\n      isMember\n      memberCount\n    }\n  }\n": typeof types.ChannelBySlugDocument,
    "\n  query Feed($channelId: ID, $after: String) {\n    feed(channelId: $channelId, first: 20, after: $after) {\n      edges {\n        node {\n          ...CaseSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FeedDocument,
    "\n  mutation JoinChannel($channelId: ID!) {\n    joinChannel(channelId: $channelId) {\n      id\n      isMember\n      memberCount\n    }\n  }\n": typeof types.JoinChannelDocument,
    "\n  mutation LeaveChannel($channelId: ID!) {\n    leaveChannel(channelId: $channelId) {\n      id\n      isMember\n      memberCount\n    }\n  }\n": typeof types.LeaveChannelDocument,
    "\n  query MyLicences {\n    me {\n      id\n      verificationStatus\n      licenses {\n        id\n        npi\n        jurisdiction\n        licenseNumber\n        credential\n        expiresOn\n        status\n        reviewNote\n        submittedAt\n        reviewedAt\n      }\n    }\n  }\n": typeof types.MyLicencesDocument,
    "\n  mutation SubmitLicence($input: SubmitLicenseInput!) {\n    submitLicense(input: $input) {\n      id\n      status\n      npi\n      jurisdiction\n      licenseNumber\n      credential\n      expiresOn\n      reviewNote\n      submittedAt\n      reviewedAt\n    }\n  }\n": typeof types.SubmitLicenceDocument,
    "\n  query Notifications {\n    notifications(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          createdAt\n          readAt\n          case {\n            id\n            title\n          }\n          consult {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query MyOnCallWindows {\n    myOnCallWindows {\n      id\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.MyOnCallWindowsDocument,
    "\n  mutation AddOnCallWindow($input: AddOnCallWindowInput!) {\n    addOnCallWindow(input: $input) {\n      id\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.AddOnCallWindowDocument,
    "\n  mutation RemoveOnCallWindow($windowId: ID!) {\n    removeOnCallWindow(windowId: $windowId)\n  }\n": typeof types.RemoveOnCallWindowDocument,
    "\n  query Profile {\n    me {\n      id\n      displayName\n      email\n      bio\n      state\n      role\n      acceptingConsults\n      verificationStatus\n      specialties {\n        id\n        name\n      }\n    }\n    specialties {\n      id\n      name\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      bio\n      state\n      acceptingConsults\n      specialties {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query SearchCases($query: String!, $after: String) {\n    searchCases(query: $query, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          title\n          body\n          status\n          createdAt\n          replyCount\n          channel {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SearchCasesDocument,
};
const documents: Documents = {
    "\n  fragment CaseSummary on CasePost {\n    id\n    title\n    status\n    replyCount\n    createdAt\n    tags\n    patientAge\n    patientSex\n    anonymous\n    author {\n      id\n      displayName\n    }\n    channel {\n      id\n      name\n      slug\n    }\n  }\n": types.CaseSummaryFragmentDoc,
    "\n  query LayoutMe {\n    me {\n      id\n      displayName\n      role\n      verificationStatus\n    }\n  }\n": types.LayoutMeDocument,
    "\n  query UnreadNotifications {\n    notifications(first: 20, unreadOnly: true) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.UnreadNotificationsDocument,
    "\n  subscription NotificationAddedBadge {\n    notificationAdded {\n      id\n      kind\n      createdAt\n      readAt\n      consult {\n        id\n        status\n        dueAt\n        consultant {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.NotificationAddedBadgeDocument,
    "\n  query PagesSpecFeed($channelId: ID, $after: String) {\n    feed(channelId: $channelId, first: 2, after: $after) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PagesSpecFeedDocument,
    "\n  query AdminMe {\n    me {\n      id\n      role\n    }\n  }\n": types.AdminMeDocument,
    "\n  query AdminAuditLog($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          at\n          action\n          targetType\n          targetId\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminAuditLogDocument,
    "\n  query AdminAuditActor($id: ID!) {\n    clinician(id: $id) {\n      id\n      displayName\n    }\n  }\n": types.AdminAuditActorDocument,
    "\n  query AdminAuditCsv($filter: AuditLogFilter) {\n    auditLogCsv(filter: $filter)\n  }\n": types.AdminAuditCsvDocument,
    "\n  query AdminClinicians($input: ClinicianSearchInput, $after: String) {\n    adminClinicians(input: $input, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          role\n          verificationStatus\n          state\n          createdAt\n          licenses {\n            id\n            status\n            jurisdiction\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminCliniciansDocument,
    "\n  mutation AdminSuspendClinician($clinicianId: ID!, $reason: String!) {\n    suspendClinician(clinicianId: $clinicianId, reason: $reason) {\n      id\n      verificationStatus\n    }\n  }\n": types.AdminSuspendClinicianDocument,
    "\n  mutation AdminReinstateClinician($clinicianId: ID!, $reason: String!) {\n    reinstateClinician(clinicianId: $clinicianId, reason: $reason) {\n      id\n      verificationStatus\n    }\n  }\n": types.AdminReinstateClinicianDocument,
    "\n  query AdminDashboard {\n    adminDashboard {\n      generatedAt\n      licenses {\n        waiting\n        waitingOverTwoDays\n        oldestSubmittedAt\n      }\n      reports {\n        open\n        oldestCreatedAt\n      }\n      overdueConsults\n      responseWindowDays\n      responseTimes {\n        specialty {\n          id\n          name\n        }\n        answered\n        medianMinutes\n      }\n      signupsPerWeek {\n        weekStart\n        count\n      }\n    }\n  }\n": types.AdminDashboardDocument,
    "\n  query AdminVerificationQueue($filter: LicenseQueueFilter) {\n    licenseReviewQueue(filter: $filter, first: 25) {\n      edges {\n        node {\n          id\n          flag\n          informationRequestedAt\n          registryComparison {\n            score\n            npi\n            name\n            state\n            number\n            expiry\n            deactivation\n          }\n          npi\n          credential\n          jurisdiction\n          licenseNumber\n          expiresOn\n          submittedAt\n          registryMatch\n          status\n          clinician {\n            id\n            displayName\n            email\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.AdminVerificationQueueDocument,
    "\n  mutation AdminReviewLicenses($input: ReviewLicensesInput!) {\n    reviewLicenses(input: $input) {\n      reviewed {\n        id\n        status\n        reviewedAt\n        informationRequestedAt\n      }\n      skipped {\n        licenseId\n        code\n        message\n      }\n    }\n  }\n": types.AdminReviewLicensesDocument,
    "\n  query AdminRegistryImports {\n    registryImports(first: 20) {\n      id\n      status\n      source\n      percent\n      rowsRead\n      individualsImported\n      malformedRows\n      deactivationsApplied\n      licensesChecked\n      licensesFlagged\n      licensesRevoked\n      errorCode\n      createdAt\n      finishedAt\n    }\n  }\n": types.AdminRegistryImportsDocument,
    "\n  mutation AdminStartRegistryImport($path: String!) {\n    startRegistryImport(path: $path) {\n      id\n      status\n    }\n  }\n": types.AdminStartRegistryImportDocument,
    "\n  mutation AdminRedactCase($input: RedactCaseInput!) {\n    redactCase(input: $input) {\n      id\n      title\n      body\n    }\n  }\n": types.AdminRedactCaseDocument,
    "\n  mutation AdminRedactReply($input: RedactReplyInput!) {\n    redactReply(input: $input) {\n      id\n      body\n    }\n  }\n": types.AdminRedactReplyDocument,
    "\n  query AdminReports($status: ReportStatus) {\n    reports(status: $status, first: 10) {\n      edges {\n        node {\n          id\n          reason\n          note\n          status\n          outcome\n          returnNote\n          createdAt\n          reporter {\n            id\n            displayName\n          }\n          case {\n            id\n            title\n            body\n            author {\n              id\n              displayName\n            }\n            hold {\n              stage\n            }\n          }\n          reply {\n            id\n            body\n            author {\n              id\n              displayName\n            }\n            case {\n              id\n              title\n            }\n            hold {\n              stage\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AdminReportsDocument,
    "\n  mutation AdminRestoreContent($reportId: ID!) {\n    restoreContent(reportId: $reportId) {\n      id\n      status\n      outcome\n    }\n  }\n": types.AdminRestoreContentDocument,
    "\n  mutation AdminReturnToAuthor($reportId: ID!, $note: String!) {\n    returnToAuthor(reportId: $reportId, note: $note) {\n      id\n      stage\n      returnNote\n    }\n  }\n": types.AdminReturnToAuthorDocument,
    "\n  mutation AdminResolveReport($reportId: ID!, $removeContent: Boolean!) {\n    resolveReport(reportId: $reportId, removeContent: $removeContent) {\n      id\n      status\n    }\n  }\n": types.AdminResolveReportDocument,
    "\n  query CaseStructured($id: ID!) {\n    case(id: $id) {\n      id\n      details {\n        clinicalQuestion\n        presentingProblem\n        tried\n        ageBand\n        localCapabilities\n        transferOptions\n        travelMinutes\n        nearestSpecialistKm\n        vitals {\n          heartRate\n          systolicBp\n          diastolicBp\n          oxygenSaturation\n          temperatureC\n        }\n      }\n    }\n  }\n": types.CaseStructuredDocument,
    "\n  fragment CaseReply on Reply {\n    id\n    body\n    createdAt\n    isAccepted\n    isConsultAnswer\n    parent {\n      id\n    }\n    author {\n      id\n      displayName\n    }\n  }\n": types.CaseReplyFragmentDoc,
    "\n  query CaseDetail($id: ID!) {\n    me {\n      id\n      role\n    }\n    case(id: $id) {\n      id\n      title\n      body\n      status\n      anonymous\n      createdAt\n      patientAge\n      patientSex\n      tags\n      replyCount\n      author {\n        id\n        displayName\n      }\n      channel {\n        id\n        name\n        slug\n        specialty {\n          id\n          name\n        }\n      }\n      deidentification {\n        findingCount\n        categories\n      }\n    }\n  }\n": types.CaseDetailDocument,
    "\n  query CaseReplies($id: ID!, $after: String) {\n    case(id: $id) {\n      id\n      replies(first: 15, after: $after) {\n        edges {\n          node {\n            ...CaseReply\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.CaseRepliesDocument,
    "\n  query CaseConsults($id: ID!) {\n    case(id: $id) {\n      id\n      consults {\n        ...CaseConsult\n      }\n    }\n  }\n": types.CaseConsultsDocument,
    "\n  subscription ReplyAdded($caseId: ID!) {\n    replyAdded(caseId: $caseId) {\n      id\n    }\n  }\n": types.ReplyAddedDocument,
    "\n  mutation ReplyToCase($input: ReplyInput!) {\n    replyToCase(input: $input) {\n      id\n    }\n  }\n": types.ReplyToCaseDocument,
    "\n  mutation AcceptReply($replyId: ID!) {\n    acceptReply(replyId: $replyId) {\n      id\n      isAccepted\n      case {\n        id\n      }\n    }\n  }\n": types.AcceptReplyDocument,
    "\n  mutation UpdateCaseStatus($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdateCaseStatusDocument,
    "\n  query PreviewReply($body: String!, $spans: [TextSpanInput!]) {\n    body: previewDeidentification(text: $body, extraRedactions: $spans) {\n      ...PreviewOfText\n    }\n  }\n": types.PreviewReplyDocument,
    "\n  query PreviewCase(\n    $title: String!\n    $body: String!\n    $spans: [TextSpanInput!]\n    $clinicalQuestion: String!\n    $withClinicalQuestion: Boolean!\n    $presentingProblem: String!\n    $withPresentingProblem: Boolean!\n    $tried: String!\n    $withTried: Boolean!\n  ) {\n    title: previewDeidentification(text: $title, policy: SHORT_FIELD) {\n      ...PreviewOfText\n    }\n    body: previewDeidentification(text: $body, extraRedactions: $spans) {\n      ...PreviewOfText\n    }\n    clinicalQuestion: previewDeidentification(text: $clinicalQuestion) @include(if: $withClinicalQuestion) {\n      ...PreviewOfText\n    }\n    presentingProblem: previewDeidentification(text: $presentingProblem)\n      @include(if: $withPresentingProblem) {\n      ...PreviewOfText\n    }\n    tried: previewDeidentification(text: $tried) @include(if: $withTried) {\n      ...PreviewOfText\n    }\n  }\n": types.PreviewCaseDocument,
    "\n  query ComposerChannels {\n    channels {\n      id\n      name\n      isMember\n    }\n  }\n": types.ComposerChannelsDocument,
    "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n": types.CreateCaseDocument,
    "\n  mutation SaveCaseDetails($input: SaveCaseDetailsInput!) {\n    saveCaseDetails(input: $input) {\n      clinicalQuestion\n    }\n  }\n": types.SaveCaseDetailsDocument,
    "\n  query PreviewMessage($body: String!, $spans: [TextSpanInput!]) {\n    body: previewDeidentification(text: $body, extraRedactions: $spans) {\n      ...PreviewOfText\n    }\n  }\n": types.PreviewMessageDocument,
    "\n  query ConsultMessages($consultId: ID!, $after: String) {\n    consultMessages(consultId: $consultId, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          body\n          createdAt\n          requestsInformation\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsultMessagesDocument,
    "\n  mutation SendConsultMessage($input: SendConsultMessageInput!) {\n    sendConsultMessage(input: $input) {\n      id\n    }\n  }\n": types.SendConsultMessageDocument,
    "\n  fragment CaseConsult on Consult {\n    id\n    status\n    urgency\n    dueAt\n    answerDueAt\n    createdAt\n    helpful\n    specialty {\n      id\n      name\n    }\n    consultant {\n      id\n      displayName\n    }\n    requestedBy {\n      id\n      displayName\n    }\n    answer {\n      id\n    }\n  }\n": types.CaseConsultFragmentDoc,
    "\n  query Specialties {\n    specialties {\n      id\n      name\n    }\n  }\n": types.SpecialtiesDocument,
    "\n  mutation RequestConsult($input: RequestConsultInput!) {\n    requestConsult(input: $input) {\n      ...CaseConsult\n      case {\n        id\n        consults {\n          id\n        }\n      }\n    }\n  }\n": types.RequestConsultDocument,
    "\n  mutation ResolveConsult($consultId: ID!, $helpful: Boolean!) {\n    resolveConsult(consultId: $consultId, helpful: $helpful) {\n      id\n      status\n      helpful\n    }\n  }\n": types.ResolveConsultDocument,
    "\n  mutation CancelConsult($consultId: ID!) {\n    cancelConsult(consultId: $consultId) {\n      id\n      status\n    }\n  }\n": types.CancelConsultDocument,
    "\n  mutation AnswerConsult($input: AnswerConsultInput!) {\n    answerConsult(input: $input) {\n      id\n      status\n      answer {\n        id\n      }\n      case {\n        id\n        replyCount\n      }\n    }\n  }\n": types.AnswerConsultDocument,
    "\n  fragment PreviewOfText on DeidentificationResult {\n    text\n    findings {\n      category\n      start\n      end\n      replacement\n    }\n    uncertain {\n      start\n      end\n      reason\n    }\n    warnings {\n      rule\n      message\n    }\n  }\n": types.PreviewOfTextFragmentDoc,
    "\n  mutation ReportContent($input: ReportInput!) {\n    reportContent(input: $input) {\n      id\n      status\n    }\n  }\n": types.ReportContentDocument,
    "\n  query DirectorySpecialties {\n    specialties {\n      id\n      name\n    }\n  }\n": types.DirectorySpecialtiesDocument,
    "\n  query DirectoryCase($id: ID!) {\n    case(id: $id) {\n      id\n      title\n      status\n    }\n  }\n": types.DirectoryCaseDocument,
    "\n  query SpecialistDirectory($specialtyId: ID, $onCallNow: Boolean, $after: String) {\n    specialistDirectory(\n      specialtyId: $specialtyId\n      onCallNow: $onCallNow\n      acceptingConsults: true\n      first: 20\n      after: $after\n    ) {\n      edges {\n        node {\n          id\n          acceptingConsults\n          onCallNow\n          consultsAnswered\n          medianMinutesToAnswer\n          clinician {\n            id\n            displayName\n            state\n          }\n          specialties {\n            id\n            name\n          }\n          onCallWindows {\n            id\n            startsAt\n            endsAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SpecialistDirectoryDocument,
    "\n  mutation AskSpecialist($input: RequestConsultInput!) {\n    requestConsult(input: $input) {\n      id\n      status\n      urgency\n      dueAt\n      consultant {\n        id\n        displayName\n      }\n      case {\n        id\n        consults {\n          id\n        }\n      }\n    }\n  }\n": types.AskSpecialistDocument,
    "\n  query MyConsults($role: MyConsultRole, $statuses: [ConsultStatus!], $first: Int, $after: String) {\n    myConsults(role: $role, statuses: $statuses, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          status\n          urgency\n          dueAt\n          answerDueAt\n          helpful\n          createdAt\n          specialty {\n            id\n            name\n          }\n          case {\n            id\n            title\n          }\n          requestedBy {\n            id\n            displayName\n          }\n          consultant {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyConsultsDocument,
    "\n  query ConsultQueue {\n    consultQueue(first: 30) {\n      edges {\n        node {\n          id\n          status\n          urgency\n          dueAt\n          specialty {\n            id\n            name\n          }\n          case {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.ConsultQueueDocument,
    "\n  mutation ClaimConsult($consultId: ID!) {\n    claimConsult(consultId: $consultId) {\n      id\n      status\n      consultant {\n        id\n        displayName\n      }\n      case {\n        id\n      }\n    }\n  }\n": types.ClaimConsultDocument,
    "\n  query Channels {\n    channels {\n      id\n      name\n      slug\n      isMember\n      memberCount\n    }\n  }\n": types.ChannelsDocument,
    "\n  query ChannelBySlug($slug: String!) {\n    channel(slug: $slug) {\n      id\n      name\n      slug\n      description\n      isMember\n      memberCount\n    }\n  }\n": types.ChannelBySlugDocument,
    "\n  query Feed($channelId: ID, $after: String) {\n    feed(channelId: $channelId, first: 20, after: $after) {\n      edges {\n        node {\n          ...CaseSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FeedDocument,
    "\n  mutation JoinChannel($channelId: ID!) {\n    joinChannel(channelId: $channelId) {\n      id\n      isMember\n      memberCount\n    }\n  }\n": types.JoinChannelDocument,
    "\n  mutation LeaveChannel($channelId: ID!) {\n    leaveChannel(channelId: $channelId) {\n      id\n      isMember\n      memberCount\n    }\n  }\n": types.LeaveChannelDocument,
    "\n  query MyLicences {\n    me {\n      id\n      verificationStatus\n      licenses {\n        id\n        npi\n        jurisdiction\n        licenseNumber\n        credential\n        expiresOn\n        status\n        reviewNote\n        submittedAt\n        reviewedAt\n      }\n    }\n  }\n": types.MyLicencesDocument,
    "\n  mutation SubmitLicence($input: SubmitLicenseInput!) {\n    submitLicense(input: $input) {\n      id\n      status\n      npi\n      jurisdiction\n      licenseNumber\n      credential\n      expiresOn\n      reviewNote\n      submittedAt\n      reviewedAt\n    }\n  }\n": types.SubmitLicenceDocument,
    "\n  query Notifications {\n    notifications(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          createdAt\n          readAt\n          case {\n            id\n            title\n          }\n          consult {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query MyOnCallWindows {\n    myOnCallWindows {\n      id\n      startsAt\n      endsAt\n    }\n  }\n": types.MyOnCallWindowsDocument,
    "\n  mutation AddOnCallWindow($input: AddOnCallWindowInput!) {\n    addOnCallWindow(input: $input) {\n      id\n      startsAt\n      endsAt\n    }\n  }\n": types.AddOnCallWindowDocument,
    "\n  mutation RemoveOnCallWindow($windowId: ID!) {\n    removeOnCallWindow(windowId: $windowId)\n  }\n": types.RemoveOnCallWindowDocument,
    "\n  query Profile {\n    me {\n      id\n      displayName\n      email\n      bio\n      state\n      role\n      acceptingConsults\n      verificationStatus\n      specialties {\n        id\n        name\n      }\n    }\n    specialties {\n      id\n      name\n    }\n  }\n": types.ProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      bio\n      state\n      acceptingConsults\n      specialties {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query SearchCases($query: String!, $after: String) {\n    searchCases(query: $query, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          title\n          body\n          status\n          createdAt\n          replyCount\n          channel {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SearchCasesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseSummary on CasePost {\n    id\n    title\n    status\n    replyCount\n    createdAt\n    tags\n    patientAge\n    patientSex\n    anonymous\n    author {\n      id\n      displayName\n    }\n    channel {\n      id\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  fragment CaseSummary on CasePost {\n    id\n    title\n    status\n    replyCount\n    createdAt\n    tags\n    patientAge\n    patientSex\n    anonymous\n    author {\n      id\n      displayName\n    }\n    channel {\n      id\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LayoutMe {\n    me {\n      id\n      displayName\n      role\n      verificationStatus\n    }\n  }\n"): (typeof documents)["\n  query LayoutMe {\n    me {\n      id\n      displayName\n      role\n      verificationStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotifications {\n    notifications(first: 20, unreadOnly: true) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnreadNotifications {\n    notifications(first: 20, unreadOnly: true) {\n      edges {\n        node {\n          id\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAddedBadge {\n    notificationAdded {\n      id\n      kind\n      createdAt\n      readAt\n      consult {\n        id\n        status\n        dueAt\n        consultant {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAddedBadge {\n    notificationAdded {\n      id\n      kind\n      createdAt\n      readAt\n      consult {\n        id\n        status\n        dueAt\n        consultant {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PagesSpecFeed($channelId: ID, $after: String) {\n    feed(channelId: $channelId, first: 2, after: $after) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PagesSpecFeed($channelId: ID, $after: String) {\n    feed(channelId: $channelId, first: 2, after: $after) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMe {\n    me {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  query AdminMe {\n    me {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditLog($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          at\n          action\n          targetType\n          targetId\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAuditLog($filter: AuditLogFilter, $after: String) {\n    auditLog(filter: $filter, first: 50, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          at\n          action\n          targetType\n          targetId\n          actor {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditActor($id: ID!) {\n    clinician(id: $id) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  query AdminAuditActor($id: ID!) {\n    clinician(id: $id) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditCsv($filter: AuditLogFilter) {\n    auditLogCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query AdminAuditCsv($filter: AuditLogFilter) {\n    auditLogCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminClinicians($input: ClinicianSearchInput, $after: String) {\n    adminClinicians(input: $input, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          role\n          verificationStatus\n          state\n          createdAt\n          licenses {\n            id\n            status\n            jurisdiction\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminClinicians($input: ClinicianSearchInput, $after: String) {\n    adminClinicians(input: $input, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          role\n          verificationStatus\n          state\n          createdAt\n          licenses {\n            id\n            status\n            jurisdiction\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSuspendClinician($clinicianId: ID!, $reason: String!) {\n    suspendClinician(clinicianId: $clinicianId, reason: $reason) {\n      id\n      verificationStatus\n    }\n  }\n"): (typeof documents)["\n  mutation AdminSuspendClinician($clinicianId: ID!, $reason: String!) {\n    suspendClinician(clinicianId: $clinicianId, reason: $reason) {\n      id\n      verificationStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReinstateClinician($clinicianId: ID!, $reason: String!) {\n    reinstateClinician(clinicianId: $clinicianId, reason: $reason) {\n      id\n      verificationStatus\n    }\n  }\n"): (typeof documents)["\n  mutation AdminReinstateClinician($clinicianId: ID!, $reason: String!) {\n    reinstateClinician(clinicianId: $clinicianId, reason: $reason) {\n      id\n      verificationStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDashboard {\n    adminDashboard {\n      generatedAt\n      licenses {\n        waiting\n        waitingOverTwoDays\n        oldestSubmittedAt\n      }\n      reports {\n        open\n        oldestCreatedAt\n      }\n      overdueConsults\n      responseWindowDays\n      responseTimes {\n        specialty {\n          id\n          name\n        }\n        answered\n        medianMinutes\n      }\n      signupsPerWeek {\n        weekStart\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminDashboard {\n    adminDashboard {\n      generatedAt\n      licenses {\n        waiting\n        waitingOverTwoDays\n        oldestSubmittedAt\n      }\n      reports {\n        open\n        oldestCreatedAt\n      }\n      overdueConsults\n      responseWindowDays\n      responseTimes {\n        specialty {\n          id\n          name\n        }\n        answered\n        medianMinutes\n      }\n      signupsPerWeek {\n        weekStart\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminVerificationQueue($filter: LicenseQueueFilter) {\n    licenseReviewQueue(filter: $filter, first: 25) {\n      edges {\n        node {\n          id\n          flag\n          informationRequestedAt\n          registryComparison {\n            score\n            npi\n            name\n            state\n            number\n            expiry\n            deactivation\n          }\n          npi\n          credential\n          jurisdiction\n          licenseNumber\n          expiresOn\n          submittedAt\n          registryMatch\n          status\n          clinician {\n            id\n            displayName\n            email\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminVerificationQueue($filter: LicenseQueueFilter) {\n    licenseReviewQueue(filter: $filter, first: 25) {\n      edges {\n        node {\n          id\n          flag\n          informationRequestedAt\n          registryComparison {\n            score\n            npi\n            name\n            state\n            number\n            expiry\n            deactivation\n          }\n          npi\n          credential\n          jurisdiction\n          licenseNumber\n          expiresOn\n          submittedAt\n          registryMatch\n          status\n          clinician {\n            id\n            displayName\n            email\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReviewLicenses($input: ReviewLicensesInput!) {\n    reviewLicenses(input: $input) {\n      reviewed {\n        id\n        status\n        reviewedAt\n        informationRequestedAt\n      }\n      skipped {\n        licenseId\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminReviewLicenses($input: ReviewLicensesInput!) {\n    reviewLicenses(input: $input) {\n      reviewed {\n        id\n        status\n        reviewedAt\n        informationRequestedAt\n      }\n      skipped {\n        licenseId\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRegistryImports {\n    registryImports(first: 20) {\n      id\n      status\n      source\n      percent\n      rowsRead\n      individualsImported\n      malformedRows\n      deactivationsApplied\n      licensesChecked\n      licensesFlagged\n      licensesRevoked\n      errorCode\n      createdAt\n      finishedAt\n    }\n  }\n"): (typeof documents)["\n  query AdminRegistryImports {\n    registryImports(first: 20) {\n      id\n      status\n      source\n      percent\n      rowsRead\n      individualsImported\n      malformedRows\n      deactivationsApplied\n      licensesChecked\n      licensesFlagged\n      licensesRevoked\n      errorCode\n      createdAt\n      finishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminStartRegistryImport($path: String!) {\n    startRegistryImport(path: $path) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdminStartRegistryImport($path: String!) {\n    startRegistryImport(path: $path) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRedactCase($input: RedactCaseInput!) {\n    redactCase(input: $input) {\n      id\n      title\n      body\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRedactCase($input: RedactCaseInput!) {\n    redactCase(input: $input) {\n      id\n      title\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRedactReply($input: RedactReplyInput!) {\n    redactReply(input: $input) {\n      id\n      body\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRedactReply($input: RedactReplyInput!) {\n    redactReply(input: $input) {\n      id\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminReports($status: ReportStatus) {\n    reports(status: $status, first: 10) {\n      edges {\n        node {\n          id\n          reason\n          note\n          status\n          outcome\n          returnNote\n          createdAt\n          reporter {\n            id\n            displayName\n          }\n          case {\n            id\n            title\n            body\n            author {\n              id\n              displayName\n            }\n            hold {\n              stage\n            }\n          }\n          reply {\n            id\n            body\n            author {\n              id\n              displayName\n            }\n            case {\n              id\n              title\n            }\n            hold {\n              stage\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminReports($status: ReportStatus) {\n    reports(status: $status, first: 10) {\n      edges {\n        node {\n          id\n          reason\n          note\n          status\n          outcome\n          returnNote\n          createdAt\n          reporter {\n            id\n            displayName\n          }\n          case {\n            id\n            title\n            body\n            author {\n              id\n              displayName\n            }\n            hold {\n              stage\n            }\n          }\n          reply {\n            id\n            body\n            author {\n              id\n              displayName\n            }\n            case {\n              id\n              title\n            }\n            hold {\n              stage\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRestoreContent($reportId: ID!) {\n    restoreContent(reportId: $reportId) {\n      id\n      status\n      outcome\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRestoreContent($reportId: ID!) {\n    restoreContent(reportId: $reportId) {\n      id\n      status\n      outcome\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReturnToAuthor($reportId: ID!, $note: String!) {\n    returnToAuthor(reportId: $reportId, note: $note) {\n      id\n      stage\n      returnNote\n    }\n  }\n"): (typeof documents)["\n  mutation AdminReturnToAuthor($reportId: ID!, $note: String!) {\n    returnToAuthor(reportId: $reportId, note: $note) {\n      id\n      stage\n      returnNote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResolveReport($reportId: ID!, $removeContent: Boolean!) {\n    resolveReport(reportId: $reportId, removeContent: $removeContent) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AdminResolveReport($reportId: ID!, $removeContent: Boolean!) {\n    resolveReport(reportId: $reportId, removeContent: $removeContent) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseStructured($id: ID!) {\n    case(id: $id) {\n      id\n      details {\n        clinicalQuestion\n        presentingProblem\n        tried\n        ageBand\n        localCapabilities\n        transferOptions\n        travelMinutes\n        nearestSpecialistKm\n        vitals {\n          heartRate\n          systolicBp\n          diastolicBp\n          oxygenSaturation\n          temperatureC\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseStructured($id: ID!) {\n    case(id: $id) {\n      id\n      details {\n        clinicalQuestion\n        presentingProblem\n        tried\n        ageBand\n        localCapabilities\n        transferOptions\n        travelMinutes\n        nearestSpecialistKm\n        vitals {\n          heartRate\n          systolicBp\n          diastolicBp\n          oxygenSaturation\n          temperatureC\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseReply on Reply {\n    id\n    body\n    createdAt\n    isAccepted\n    isConsultAnswer\n    parent {\n      id\n    }\n    author {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment CaseReply on Reply {\n    id\n    body\n    createdAt\n    isAccepted\n    isConsultAnswer\n    parent {\n      id\n    }\n    author {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetail($id: ID!) {\n    me {\n      id\n      role\n    }\n    case(id: $id) {\n      id\n      title\n      body\n      status\n      anonymous\n      createdAt\n      patientAge\n      patientSex\n      tags\n      replyCount\n      author {\n        id\n        displayName\n      }\n      channel {\n        id\n        name\n        slug\n        specialty {\n          id\n          name\n        }\n      }\n      deidentification {\n        findingCount\n        categories\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseDetail($id: ID!) {\n    me {\n      id\n      role\n    }\n    case(id: $id) {\n      id\n      title\n      body\n      status\n      anonymous\n      createdAt\n      patientAge\n      patientSex\n      tags\n      replyCount\n      author {\n        id\n        displayName\n      }\n      channel {\n        id\n        name\n        slug\n        specialty {\n          id\n          name\n        }\n      }\n      deidentification {\n        findingCount\n        categories\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseReplies($id: ID!, $after: String) {\n    case(id: $id) {\n      id\n      replies(first: 15, after: $after) {\n        edges {\n          node {\n            ...CaseReply\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseReplies($id: ID!, $after: String) {\n    case(id: $id) {\n      id\n      replies(first: 15, after: $after) {\n        edges {\n          node {\n            ...CaseReply\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseConsults($id: ID!) {\n    case(id: $id) {\n      id\n      consults {\n        ...CaseConsult\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseConsults($id: ID!) {\n    case(id: $id) {\n      id\n      consults {\n        ...CaseConsult\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ReplyAdded($caseId: ID!) {\n    replyAdded(caseId: $caseId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  subscription ReplyAdded($caseId: ID!) {\n    replyAdded(caseId: $caseId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToCase($input: ReplyInput!) {\n    replyToCase(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToCase($input: ReplyInput!) {\n    replyToCase(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptReply($replyId: ID!) {\n    acceptReply(replyId: $replyId) {\n      id\n      isAccepted\n      case {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptReply($replyId: ID!) {\n    acceptReply(replyId: $replyId) {\n      id\n      isAccepted\n      case {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCaseStatus($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCaseStatus($input: UpdateCaseInput!) {\n    updateCase(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewReply($body: String!, $spans: [TextSpanInput!]) {\n    body: previewDeidentification(text: $body, extraRedactions: $spans) {\n      ...PreviewOfText\n    }\n  }\n"): (typeof documents)["\n  query PreviewReply($body: String!, $spans: [TextSpanInput!]) {\n    body: previewDeidentification(text: $body, extraRedactions: $spans) {\n      ...PreviewOfText\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewCase(\n    $title: String!\n    $body: String!\n    $spans: [TextSpanInput!]\n    $clinicalQuestion: String!\n    $withClinicalQuestion: Boolean!\n    $presentingProblem: String!\n    $withPresentingProblem: Boolean!\n    $tried: String!\n    $withTried: Boolean!\n  ) {\n    title: previewDeidentification(text: $title, policy: SHORT_FIELD) {\n      ...PreviewOfText\n    }\n    body: previewDeidentification(text: $body, extraRedactions: $spans) {\n      ...PreviewOfText\n    }\n    clinicalQuestion: previewDeidentification(text: $clinicalQuestion) @include(if: $withClinicalQuestion) {\n      ...PreviewOfText\n    }\n    presentingProblem: previewDeidentification(text: $presentingProblem)\n      @include(if: $withPresentingProblem) {\n      ...PreviewOfText\n    }\n    tried: previewDeidentification(text: $tried) @include(if: $withTried) {\n      ...PreviewOfText\n    }\n  }\n"): (typeof documents)["\n  query PreviewCase(\n    $title: String!\n    $body: String!\n    $spans: [TextSpanInput!]\n    $clinicalQuestion: String!\n    $withClinicalQuestion: Boolean!\n    $presentingProblem: String!\n    $withPresentingProblem: Boolean!\n    $tried: String!\n    $withTried: Boolean!\n  ) {\n    title: previewDeidentification(text: $title, policy: SHORT_FIELD) {\n      ...PreviewOfText\n    }\n    body: previewDeidentification(text: $body, extraRedactions: $spans) {\n      ...PreviewOfText\n    }\n    clinicalQuestion: previewDeidentification(text: $clinicalQuestion) @include(if: $withClinicalQuestion) {\n      ...PreviewOfText\n    }\n    presentingProblem: previewDeidentification(text: $presentingProblem)\n      @include(if: $withPresentingProblem) {\n      ...PreviewOfText\n    }\n    tried: previewDeidentification(text: $tried) @include(if: $withTried) {\n      ...PreviewOfText\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComposerChannels {\n    channels {\n      id\n      name\n      isMember\n    }\n  }\n"): (typeof documents)["\n  query ComposerChannels {\n    channels {\n      id\n      name\n      isMember\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCaseDetails($input: SaveCaseDetailsInput!) {\n    saveCaseDetails(input: $input) {\n      clinicalQuestion\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCaseDetails($input: SaveCaseDetailsInput!) {\n    saveCaseDetails(input: $input) {\n      clinicalQuestion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewMessage($body: String!, $spans: [TextSpanInput!]) {\n    body: previewDeidentification(text: $body, extraRedactions: $spans) {\n      ...PreviewOfText\n    }\n  }\n"): (typeof documents)["\n  query PreviewMessage($body: String!, $spans: [TextSpanInput!]) {\n    body: previewDeidentification(text: $body, extraRedactions: $spans) {\n      ...PreviewOfText\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultMessages($consultId: ID!, $after: String) {\n    consultMessages(consultId: $consultId, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          body\n          createdAt\n          requestsInformation\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsultMessages($consultId: ID!, $after: String) {\n    consultMessages(consultId: $consultId, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          body\n          createdAt\n          requestsInformation\n          author {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendConsultMessage($input: SendConsultMessageInput!) {\n    sendConsultMessage(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SendConsultMessage($input: SendConsultMessageInput!) {\n    sendConsultMessage(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseConsult on Consult {\n    id\n    status\n    urgency\n    dueAt\n    answerDueAt\n    createdAt\n    helpful\n    specialty {\n      id\n      name\n    }\n    consultant {\n      id\n      displayName\n    }\n    requestedBy {\n      id\n      displayName\n    }\n    answer {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment CaseConsult on Consult {\n    id\n    status\n    urgency\n    dueAt\n    answerDueAt\n    createdAt\n    helpful\n    specialty {\n      id\n      name\n    }\n    consultant {\n      id\n      displayName\n    }\n    requestedBy {\n      id\n      displayName\n    }\n    answer {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Specialties {\n    specialties {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Specialties {\n    specialties {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestConsult($input: RequestConsultInput!) {\n    requestConsult(input: $input) {\n      ...CaseConsult\n      case {\n        id\n        consults {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestConsult($input: RequestConsultInput!) {\n    requestConsult(input: $input) {\n      ...CaseConsult\n      case {\n        id\n        consults {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveConsult($consultId: ID!, $helpful: Boolean!) {\n    resolveConsult(consultId: $consultId, helpful: $helpful) {\n      id\n      status\n      helpful\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveConsult($consultId: ID!, $helpful: Boolean!) {\n    resolveConsult(consultId: $consultId, helpful: $helpful) {\n      id\n      status\n      helpful\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelConsult($consultId: ID!) {\n    cancelConsult(consultId: $consultId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelConsult($consultId: ID!) {\n    cancelConsult(consultId: $consultId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerConsult($input: AnswerConsultInput!) {\n    answerConsult(input: $input) {\n      id\n      status\n      answer {\n        id\n      }\n      case {\n        id\n        replyCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerConsult($input: AnswerConsultInput!) {\n    answerConsult(input: $input) {\n      id\n      status\n      answer {\n        id\n      }\n      case {\n        id\n        replyCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PreviewOfText on DeidentificationResult {\n    text\n    findings {\n      category\n      start\n      end\n      replacement\n    }\n    uncertain {\n      start\n      end\n      reason\n    }\n    warnings {\n      rule\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment PreviewOfText on DeidentificationResult {\n    text\n    findings {\n      category\n      start\n      end\n      replacement\n    }\n    uncertain {\n      start\n      end\n      reason\n    }\n    warnings {\n      rule\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportContent($input: ReportInput!) {\n    reportContent(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReportContent($input: ReportInput!) {\n    reportContent(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorySpecialties {\n    specialties {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query DirectorySpecialties {\n    specialties {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryCase($id: ID!) {\n    case(id: $id) {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  query DirectoryCase($id: ID!) {\n    case(id: $id) {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpecialistDirectory($specialtyId: ID, $onCallNow: Boolean, $after: String) {\n    specialistDirectory(\n      specialtyId: $specialtyId\n      onCallNow: $onCallNow\n      acceptingConsults: true\n      first: 20\n      after: $after\n    ) {\n      edges {\n        node {\n          id\n          acceptingConsults\n          onCallNow\n          consultsAnswered\n          medianMinutesToAnswer\n          clinician {\n            id\n            displayName\n            state\n          }\n          specialties {\n            id\n            name\n          }\n          onCallWindows {\n            id\n            startsAt\n            endsAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpecialistDirectory($specialtyId: ID, $onCallNow: Boolean, $after: String) {\n    specialistDirectory(\n      specialtyId: $specialtyId\n      onCallNow: $onCallNow\n      acceptingConsults: true\n      first: 20\n      after: $after\n    ) {\n      edges {\n        node {\n          id\n          acceptingConsults\n          onCallNow\n          consultsAnswered\n          medianMinutesToAnswer\n          clinician {\n            id\n            displayName\n            state\n          }\n          specialties {\n            id\n            name\n          }\n          onCallWindows {\n            id\n            startsAt\n            endsAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskSpecialist($input: RequestConsultInput!) {\n    requestConsult(input: $input) {\n      id\n      status\n      urgency\n      dueAt\n      consultant {\n        id\n        displayName\n      }\n      case {\n        id\n        consults {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AskSpecialist($input: RequestConsultInput!) {\n    requestConsult(input: $input) {\n      id\n      status\n      urgency\n      dueAt\n      consultant {\n        id\n        displayName\n      }\n      case {\n        id\n        consults {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyConsults($role: MyConsultRole, $statuses: [ConsultStatus!], $first: Int, $after: String) {\n    myConsults(role: $role, statuses: $statuses, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          status\n          urgency\n          dueAt\n          answerDueAt\n          helpful\n          createdAt\n          specialty {\n            id\n            name\n          }\n          case {\n            id\n            title\n          }\n          requestedBy {\n            id\n            displayName\n          }\n          consultant {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyConsults($role: MyConsultRole, $statuses: [ConsultStatus!], $first: Int, $after: String) {\n    myConsults(role: $role, statuses: $statuses, first: $first, after: $after) {\n      edges {\n        node {\n          id\n          status\n          urgency\n          dueAt\n          answerDueAt\n          helpful\n          createdAt\n          specialty {\n            id\n            name\n          }\n          case {\n            id\n            title\n          }\n          requestedBy {\n            id\n            displayName\n          }\n          consultant {\n            id\n            displayName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultQueue {\n    consultQueue(first: 30) {\n      edges {\n        node {\n          id\n          status\n          urgency\n          dueAt\n          specialty {\n            id\n            name\n          }\n          case {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsultQueue {\n    consultQueue(first: 30) {\n      edges {\n        node {\n          id\n          status\n          urgency\n          dueAt\n          specialty {\n            id\n            name\n          }\n          case {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimConsult($consultId: ID!) {\n    claimConsult(consultId: $consultId) {\n      id\n      status\n      consultant {\n        id\n        displayName\n      }\n      case {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimConsult($consultId: ID!) {\n    claimConsult(consultId: $consultId) {\n      id\n      status\n      consultant {\n        id\n        displayName\n      }\n      case {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Channels {\n    channels {\n      id\n      name\n      slug\n      isMember\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  query Channels {\n    channels {\n      id\n      name\n      slug\n      isMember\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChannelBySlug($slug: String!) {\n    channel(slug: $slug) {\n      id\n      name\n      slug\n      description\n      isMember\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  query ChannelBySlug($slug: String!) {\n    channel(slug: $slug) {\n      id\n      name\n      slug\n      description\n      isMember\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Feed($channelId: ID, $after: String) {\n    feed(channelId: $channelId, first: 20, after: $after) {\n      edges {\n        node {\n          ...CaseSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Feed($channelId: ID, $after: String) {\n    feed(channelId: $channelId, first: 20, after: $after) {\n      edges {\n        node {\n          ...CaseSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinChannel($channelId: ID!) {\n    joinChannel(channelId: $channelId) {\n      id\n      isMember\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation JoinChannel($channelId: ID!) {\n    joinChannel(channelId: $channelId) {\n      id\n      isMember\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveChannel($channelId: ID!) {\n    leaveChannel(channelId: $channelId) {\n      id\n      isMember\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation LeaveChannel($channelId: ID!) {\n    leaveChannel(channelId: $channelId) {\n      id\n      isMember\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLicences {\n    me {\n      id\n      verificationStatus\n      licenses {\n        id\n        npi\n        jurisdiction\n        licenseNumber\n        credential\n        expiresOn\n        status\n        reviewNote\n        submittedAt\n        reviewedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyLicences {\n    me {\n      id\n      verificationStatus\n      licenses {\n        id\n        npi\n        jurisdiction\n        licenseNumber\n        credential\n        expiresOn\n        status\n        reviewNote\n        submittedAt\n        reviewedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitLicence($input: SubmitLicenseInput!) {\n    submitLicense(input: $input) {\n      id\n      status\n      npi\n      jurisdiction\n      licenseNumber\n      credential\n      expiresOn\n      reviewNote\n      submittedAt\n      reviewedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitLicence($input: SubmitLicenseInput!) {\n    submitLicense(input: $input) {\n      id\n      status\n      npi\n      jurisdiction\n      licenseNumber\n      credential\n      expiresOn\n      reviewNote\n      submittedAt\n      reviewedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    notifications(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          createdAt\n          readAt\n          case {\n            id\n            title\n          }\n          consult {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications {\n    notifications(first: 50) {\n      edges {\n        node {\n          id\n          kind\n          createdAt\n          readAt\n          case {\n            id\n            title\n          }\n          consult {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOnCallWindows {\n    myOnCallWindows {\n      id\n      startsAt\n      endsAt\n    }\n  }\n"): (typeof documents)["\n  query MyOnCallWindows {\n    myOnCallWindows {\n      id\n      startsAt\n      endsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOnCallWindow($input: AddOnCallWindowInput!) {\n    addOnCallWindow(input: $input) {\n      id\n      startsAt\n      endsAt\n    }\n  }\n"): (typeof documents)["\n  mutation AddOnCallWindow($input: AddOnCallWindowInput!) {\n    addOnCallWindow(input: $input) {\n      id\n      startsAt\n      endsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOnCallWindow($windowId: ID!) {\n    removeOnCallWindow(windowId: $windowId)\n  }\n"): (typeof documents)["\n  mutation RemoveOnCallWindow($windowId: ID!) {\n    removeOnCallWindow(windowId: $windowId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Profile {\n    me {\n      id\n      displayName\n      email\n      bio\n      state\n      role\n      acceptingConsults\n      verificationStatus\n      specialties {\n        id\n        name\n      }\n    }\n    specialties {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Profile {\n    me {\n      id\n      displayName\n      email\n      bio\n      state\n      role\n      acceptingConsults\n      verificationStatus\n      specialties {\n        id\n        name\n      }\n    }\n    specialties {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      bio\n      state\n      acceptingConsults\n      specialties {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      bio\n      state\n      acceptingConsults\n      specialties {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCases($query: String!, $after: String) {\n    searchCases(query: $query, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          title\n          body\n          status\n          createdAt\n          replyCount\n          channel {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchCases($query: String!, $after: String) {\n    searchCases(query: $query, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          title\n          body\n          status\n          createdAt\n          replyCount\n          channel {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;