import { render } from 'preact';

function Popup() {
  return <main style={{ width: '320px', padding: '12px', font: '14px system-ui' }}>QSM Withdraw Assistant</main>;
}

render(<Popup />, document.getElementById('app')!);
