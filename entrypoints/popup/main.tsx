import { render } from 'preact';

render(<p>Arabic News Annotator</p>, document.getElementById('app')!);
