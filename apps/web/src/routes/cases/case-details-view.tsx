import { useQuery } from 'urql';
import './case-details.css';
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
          respiratoryRate
          oxygenSaturation
          temperatureC
          weightKg
        }
        timeline {
          dayOffset
          event
        }
        labs {
          name
          value
          unit
          dayOffset
        }
        medications {
          name
          dose
          unit
          frequency
        }
      }
    }
  }
`);

/** A day of the timeline in words: "Day 0", "Day −2". */
function day(offset: number): string {
  return `Day ${offset < 0 ? `−${-offset}` : offset}`;
}

/** The case's structured template, when its author filled one in (loaded apart: query cost). */
export function CaseDetailsView({ caseId }: { caseId: string }) {
  const [{ data }] = useQuery({ query: CaseStructured, variables: { id: caseId } });
  const d = data?.case?.details;
  if (!d) return null;
  const v = d.vitals;
  const vitals = [
    v.heartRate != null && `heart rate ${v.heartRate}/min`,
    v.systolicBp != null && v.diastolicBp != null && `BP ${v.systolicBp}/${v.diastolicBp} mmHg`,
    v.respiratoryRate != null && `respiratory rate ${v.respiratoryRate}/min`,
    v.oxygenSaturation != null && `SpO₂ ${v.oxygenSaturation}%`,
    v.temperatureC != null && `${v.temperatureC} °C`,
    v.weightKg != null && `${v.weightKg} kg`,
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
        {d.timeline.length > 0 && (
          <div>
            <dt>Timeline</dt>
            <dd>
              <ul className="plain" aria-label="Timeline">
                {d.timeline.map((e, i) => (
                  <li key={i}>
                    {day(e.dayOffset)}: {e.event}
                  </li>
                ))}
              </ul>
            </dd>
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
        {d.labs.length > 0 && (
          <div>
            <dt>Lab results</dt>
            <dd>
              <ul className="plain" aria-label="Lab results">
                {d.labs.map((l, i) => (
                  <li key={i}>
                    {l.name}: {l.value} {l.unit}
                    {l.dayOffset != null && ` (${day(l.dayOffset).toLowerCase()})`}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {d.medications.length > 0 && (
          <div>
            <dt>Medications</dt>
            <dd>
              <ul className="plain" aria-label="Medications">
                {d.medications.map((m, i) => (
                  <li key={i}>
                    {m.name} {m.dose} {m.unit}
                    {m.frequency && `, ${m.frequency}`}
                  </li>
                ))}
              </ul>
            </dd>
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
