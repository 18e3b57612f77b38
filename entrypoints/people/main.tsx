import { render } from 'preact';
import { PeoplePage } from './PeoplePage';
import './people.css';

render(<PeoplePage />, document.getElementById('app')!);
