import type { workflowChannels } from '../../../shared/ipc/workflow-channels';
import type { Handlers } from '../ipc/dispatcher';
import type { Workflow } from './service';

/** The workflow's channels, and publishDraft: publishing and scheduling are the workflow's transitions. */
export type WorkflowChannel = keyof typeof workflowChannels | 'publishDraft';

/** The workflow channels (shared/ipc/workflow-channels.ts) and publishDraft, wired to the workflow service. */
export function createWorkflowHandlers(workflow: Workflow): Pick<Handlers, WorkflowChannel> {
  return {
    getPerson: () => workflow.getPerson(),
    setPerson: (person) => workflow.setPerson(person),
    getReview: ({ id }) => workflow.getReview(id),
    transition: (input) => workflow.transition(input),
    addComment: (input) => workflow.addComment(input),
    replyComment: (input) => workflow.replyComment(input),
    resolveComment: (input) => workflow.resolveComment(input),
    reviewSnapshot: ({ id, since }) => workflow.reviewSnapshot(id, since),
    reviewQueue: ({ accountId }) => workflow.reviewQueue(accountId),
    openFromQueue: ({ accountId, postId }) => workflow.openFromQueue(accountId, postId),
    refreshReview: ({ id }) => workflow.refreshReview(id),
    publishDraft: (input) => workflow.publishDraft(input),
  };
}
