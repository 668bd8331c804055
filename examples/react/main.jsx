// mg-widgets in a React 19 app, installed from npm: React 19 passes props to custom elements as properties when the
// element has them (so numbers, booleans and arrays stay typed), and `on<event-name>` props listen to our events.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'mg-widgets/define';

function App() {
  const [lifeStage, setLifeStage] = useState('female-31-50');
  const [log, setLog] = useState([]);
  const record = (event) => setLog((entries) => [...entries, `${event.type} ${JSON.stringify(event.detail)}`]);

  return (
    <main>
      <h1>React 19</h1>
      <button type="button" id="set-life-stage" onClick={() => setLifeStage('male-51-plus')}>
        Reader is a man over 50
      </button>
      <mg-reader-profile life-stage={lifeStage} controls="life-stage units" onmg-profile-change={record}>
        <p id="child">Children rendered by React stay in the light DOM of the profile.</p>
        <mg-disclaimer-banner kind="medical crisis" dismissible remember="none" onmg-dismiss={record}>
          <span slot="medical" id="publisher-wording">
            Our own medical disclaimer, rendered by React.
          </span>
        </mg-disclaimer-banner>
        <mg-food-finder static limit={3} diet="vegan" onmg-food-select={record}></mg-food-finder>
      </mg-reader-profile>
      <ol id="log">
        {log.map((entry, i) => (
          <li key={i}>{entry}</li>
        ))}
      </ol>
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
