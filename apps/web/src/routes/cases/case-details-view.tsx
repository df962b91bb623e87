import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { label } from '../../lib/format';
import { capabilityLabel } from './case-details-fields';

const CaseStructured = graphql(`
  query CaseStructured($id: ID!) {
    case(id: $id) {
      id
      details {
        clinicalQuestion
        presentingProblem
        tried
        ageBand
        localCapabilities
        transferOptions
        travelMinutes
        nearestSpecialistKm
        vitals {
          heartRate
          systolicBp
          diastolicBp
          oxygenSaturation
          temperatureC
        }
      }
    }
  }
`);

/** The case's structured template, when its author filled one in (loaded apart: query cost). */
export function CaseDetailsView({ caseId }: { caseId: string }) {
  const [{ data }] = useQuery({ query: CaseStructured, variables: { id: caseId } });
  const d = data?.case?.details;
  if (!d) return null;
  const v = d.vitals;
  const vitals = [
    v.heartRate != null && `heart rate ${v.heartRate}/min`,
    v.systolicBp != null && v.diastolicBp != null && `BP ${v.systolicBp}/${v.diastolicBp} mmHg`,
    v.oxygenSaturation != null && `SpO₂ ${v.oxygenSaturation}%`,
    v.temperatureC != null && `${v.temperatureC} °C`,
  ].filter(Boolean);
  return (
    <section aria-labelledby="details-heading" className="card">
      <h2 id="details-heading">Structured details</h2>
      <dl className="fields">
        <div>
          <dt>Question for the specialist</dt>
          <dd>{d.clinicalQuestion}</dd>
        </div>
        {d.presentingProblem && (
          <div>
            <dt>Presenting problem</dt>
            <dd>{d.presentingProblem}</dd>
          </div>
        )}
        {d.tried && (
          <div>
            <dt>Tried so far</dt>
            <dd>{d.tried}</dd>
          </div>
        )}
        {d.ageBand && (
          <div>
            <dt>Age group</dt>
            <dd>{label(d.ageBand)}</dd>
          </div>
        )}
        {vitals.length > 0 && (
          <div>
            <dt>Vitals</dt>
            <dd>{vitals.join(', ')}</dd>
          </div>
        )}
        {d.localCapabilities.length > 0 && (
          <div>
            <dt>The clinic can do</dt>
            <dd>{d.localCapabilities.map(capabilityLabel).join(', ')}</dd>
          </div>
        )}
        {(d.travelMinutes != null || d.nearestSpecialistKm != null) && (
          <div>
            <dt>Nearest specialist</dt>
            <dd>
              {[
                d.travelMinutes != null && `${d.travelMinutes} min away`,
                d.nearestSpecialistKm != null && `${d.nearestSpecialistKm} km`,
              ]
                .filter(Boolean)
                .join(', ')}
            </dd>
          </div>
        )}
        {d.transferOptions.length > 0 && (
          <div>
            <dt>Transfer options</dt>
            <dd>{d.transferOptions.map(label).join(', ')}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
